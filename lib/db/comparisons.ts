/** The repository of imported comparisons. Every function takes the database first (see getDb / openDb). */
import "server-only";

import { type NewComparison, newComparisonSchema } from "../corpus/input-schema";
import type { Comparison } from "../corpus/schema";
import { hashSecret, newSecret } from "../security/secrets";
import type { Db } from "./client";
import { findComparisonRow, readComparison } from "./read";
import { comparisons, documents, passages } from "./schema";
import { randomSuffix, reservedSlugs, slugify } from "./slug";
import { insertChunked, insertLinks, insertPassageTopics, insertTopics, rowId } from "./write";

export interface SaveOptions {
  /** Source of slug suffixes; tests pass a fixed sequence. */
  suffix?: () => string;
}

const SLUG_ATTEMPTS = 20;

/**
 * Validates and stores an import in one transaction (nothing is written if any step fails), with a fresh
 * edit key: returned here, the only time it exists in clear, and stored only as hashSecret(key).
 * Throws the ZodError of `newComparisonSchema` for invalid input.
 */
export async function saveComparison(
  db: Db,
  input: NewComparison,
  options: SaveOptions = {},
): Promise<{ slug: string; editKey: string }> {
  const data = newComparisonSchema.parse(input);
  const editKey = newSecret();
  const base = slugify(data.title);
  const suffix = options.suffix ?? randomSuffix;
  return db.transaction(async (tx) => {
    let row: { id: number; slug: string } | undefined;
    for (let attempt = 0; !row && attempt < SLUG_ATTEMPTS; attempt++) {
      const slug = `${base}-${suffix()}`;
      if (reservedSlugs().has(slug)) continue;
      // A taken slug inserts nothing (and, unlike an error, leaves the transaction usable): try another.
      [row] = await tx
        .insert(comparisons)
        .values({
          slug,
          title: data.title,
          description: data.description ?? "",
          editKeyHash: hashSecret(editKey),
        })
        .onConflictDoNothing({ target: comparisons.slug })
        .returning({ id: comparisons.id, slug: comparisons.slug });
    }
    if (!row) throw new Error(`No free slug for "${base}" after ${SLUG_ATTEMPTS} attempts`);
    const comparisonId = row.id;

    const documentRows = await tx
      .insert(documents)
      .values(
        data.documents.map((d, position) => ({
          comparisonId,
          key: d.id,
          position,
          kind: d.kind,
          title: d.title,
          outlet: d.outlet,
          url: d.url,
          authors: d.authors,
          publishedAt: d.publishedAt,
        })),
      )
      .returning({ id: documents.id, key: documents.key });
    const documentIds = new Map(documentRows.map((d) => [d.key, d.id]));

    const passageIds = new Map<string, number>();
    const passageRows = data.documents.flatMap((d) =>
      d.passages.map((p, position) => ({
        comparisonId,
        documentId: rowId(documentIds, d.id),
        key: p.id,
        position,
        type: p.type,
        text: p.text,
        candidates: p.candidates ?? null,
      })),
    );
    await insertChunked(passageRows, async (chunk) => {
      const rows = await tx.insert(passages).values(chunk).returning({ id: passages.id, key: passages.key });
      for (const r of rows) passageIds.set(r.key, r.id);
    });

    const topicIds = await insertTopics(tx, comparisonId, data.topics);
    const tags = data.documents.flatMap((d) => d.passages.map((p) => [p.id, p.topics] as [string, string[]]));
    await insertPassageTopics(tx, comparisonId, tags, passageIds, topicIds);
    await insertLinks(tx, comparisonId, data.links, passageIds);
    return { slug: row.slug, editKey };
  });
}

/** The stored comparison in the `Comparison` shape, or null if no import has this slug. */
export async function getStoredComparison(db: Db, slug: string): Promise<Comparison | null> {
  // One snapshot: a correction committed between the reads must not mix old topics with new links.
  return db.transaction(
    async (tx) => {
      const row = await findComparisonRow(tx, slug);
      return row ? readComparison(tx, row) : null;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}
