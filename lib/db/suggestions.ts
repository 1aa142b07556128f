/** The aligner's stored suggestions, for the owner's editor: never part of the comparison readers load. */
import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";

import type { Db } from "./client";
import { findComparisonRow } from "./read";
import { passages } from "./schema";

/** Passage id → its suggested counterparts, best first within each other text. */
export type StoredSuggestions = Record<string, { id: string; score: number }[]>;

/**
 * Null for an unknown slug. Passages without suggestions are left out, so an import saved before they
 * were kept gives an empty record, and its editor simply offers none.
 */
export async function getStoredSuggestions(db: Db, slug: string): Promise<StoredSuggestions | null> {
  return db.transaction(
    async (tx) => {
      const row = await findComparisonRow(tx, slug);
      if (!row) return null;
      const rows = await tx
        .select({ key: passages.key, candidates: passages.candidates })
        .from(passages)
        .where(and(eq(passages.comparisonId, row.id), isNotNull(passages.candidates)))
        .orderBy(asc(passages.id));
      return Object.fromEntries(
        rows.flatMap((r) => (r.candidates && r.candidates.length > 0 ? [[r.key, r.candidates]] : [])),
      );
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
