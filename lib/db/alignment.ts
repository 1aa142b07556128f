/** A teacher's correction of an import's alignment: topics, passage topics and links, replaced atomically. */
import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { checkLinks } from "../corpus/input-checks";
import { type AlignmentCorrection, alignmentCorrectionSchema, linkSchema } from "../corpus/input-schema";
import type { Comparison } from "../corpus/schema";
import type { Db } from "./client";
import { findComparisonRow, readComparison } from "./read";
import { comparisons, documents, links, passages, topics } from "./schema";
import { insertLinks, insertPassageTopics, insertTopics } from "./write";

/** The correction names passages the comparison does not have. */
export class UnknownPassagesError extends Error {
  readonly ids: string[];
  constructor(slug: string, ids: string[]) {
    super(`Comparison "${slug}" has no passage ${ids.map((id) => `"${id}"`).join(", ")}`);
    this.name = "UnknownPassagesError";
    this.ids = ids;
  }
}

/**
 * Replaces the topics, every passage's topics (a passage left out of `correction.passages` has none) and
 * the links; renaming, merging and deleting topics are all expressed this way. Texts never change.
 * Returns the corrected comparison, or null if there is no import with this slug.
 * Throws a ZodError for an invalid correction, UnknownPassagesError for passage ids not in the comparison.
 */
export async function updateAlignment(
  db: Db,
  slug: string,
  correction: AlignmentCorrection,
): Promise<Comparison | null> {
  const data = alignmentCorrectionSchema.parse(correction);
  return db.transaction(async (tx) => {
    // Locks the comparison: concurrent corrections apply one after the other, never interleaved.
    const [locked] = await tx
      .select({ id: comparisons.id })
      .from(comparisons)
      .where(eq(comparisons.slug, slug))
      .for("update");
    if (!locked) return null;
    const comparisonId = locked.id;

    const stored = await tx
      .select({ id: passages.id, key: passages.key, document: documents.key })
      .from(passages)
      .innerJoin(documents, eq(documents.id, passages.documentId))
      .where(eq(passages.comparisonId, comparisonId));
    const passageIds = new Map(stored.map((p) => [p.key, p.id]));
    const named = [...Object.keys(data.passages), ...data.links.flatMap((l) => [l.source, l.target])];
    const unknown = [...new Set(named.filter((id) => !passageIds.has(id)))];
    if (unknown.length > 0) throw new UnknownPassagesError(slug, unknown);
    const documentOf = new Map(stored.map((p) => [p.key, p.document]));
    z.object({ links: z.array(linkSchema) })
      .superRefine((v, ctx) => checkLinks(ctx, v.links, documentOf, ["links"]))
      .parse({ links: data.links });

    // Descriptions are not part of a correction: a topic that stays keeps its own.
    const previous = await tx
      .select({ key: topics.key, description: topics.description })
      .from(topics)
      .where(eq(topics.comparisonId, comparisonId));
    const descriptions = new Map(previous.map((t) => [t.key, t.description]));
    // Deleting the topics cascades to the passages' topics.
    await tx.delete(topics).where(eq(topics.comparisonId, comparisonId));
    await tx.delete(links).where(eq(links.comparisonId, comparisonId));
    const topicIds = await insertTopics(
      tx,
      comparisonId,
      data.topics.map((t) => ({ ...t, description: descriptions.get(t.id) ?? null })),
    );
    await insertPassageTopics(tx, comparisonId, Object.entries(data.passages), passageIds, topicIds);
    await insertLinks(tx, comparisonId, data.links, passageIds);
    await tx.update(comparisons).set({ updatedAt: sql`now()` }).where(eq(comparisons.id, comparisonId));

    const row = await findComparisonRow(tx, slug);
    return row ? readComparison(tx, row) : null;
  });
}
