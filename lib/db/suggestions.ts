/** The aligner's stored suggestions, for the owner's editor: never part of the comparison readers load. */
import "server-only";
import { asc, eq } from "drizzle-orm";

import type { Db } from "./client";
import { findComparisonRow } from "./read";
import { passageCandidates, passages } from "./schema";

/** Passage id → its suggested counterparts, best first within each other text. */
export type StoredSuggestions = Record<string, { id: string; score: number }[]>;

/**
 * Null for an unknown slug; an empty record for an import saved before suggestions were stored, whose
 * editor then simply offers none.
 */
export async function getStoredSuggestions(db: Db, slug: string): Promise<StoredSuggestions | null> {
  return db.transaction(
    async (tx) => {
      const row = await findComparisonRow(tx, slug);
      if (!row) return null;
      const keyRows = await tx
        .select({ id: passages.id, key: passages.key })
        .from(passages)
        .where(eq(passages.comparisonId, row.id));
      const keyOf = new Map(keyRows.map((p) => [p.id, p.key]));
      const rows = await tx
        .select({
          passage: passageCandidates.passageId,
          candidate: passageCandidates.candidateId,
          score: passageCandidates.score,
        })
        .from(passageCandidates)
        .where(eq(passageCandidates.comparisonId, row.id))
        .orderBy(asc(passageCandidates.passageId), asc(passageCandidates.position));
      const suggestions: StoredSuggestions = {};
      for (const r of rows) {
        const passage = keyOf.get(r.passage);
        const candidate = keyOf.get(r.candidate);
        // Both ends are passages of this comparison (composite foreign keys).
        if (passage === undefined || candidate === undefined) continue;
        const list = suggestions[passage] ?? [];
        list.push({ id: candidate, score: r.score });
        suggestions[passage] = list;
      }
      return suggestions;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
