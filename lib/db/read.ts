/** Rebuilds a stored comparison in the `Comparison` shape every reader uses. */
import "server-only";
import { asc, eq } from "drizzle-orm";

import { emptyDocument } from "../corpus/ingest/types";
import {
  type Comparison,
  type Counterpart,
  comparisonSchema,
  type PassageType,
  type SourceDocument,
} from "../corpus/schema";
import type { Db } from "./client";
import { comparisons, documents, links, passages, passageTopics, topics } from "./schema";

type Row = typeof comparisons.$inferSelect;

export async function findComparisonRow(db: Db, slug: string): Promise<Row | undefined> {
  const [row] = await db.select().from(comparisons).where(eq(comparisons.slug, slug));
  return row;
}

/** Call inside one transaction so the six reads see one state. */
export async function readComparison(db: Db, row: Row): Promise<Comparison> {
  const id = row.id;
  const documentRows = await db
    .select()
    .from(documents)
    .where(eq(documents.comparisonId, id))
    .orderBy(asc(documents.position));
  const passageRows = await db
    .select({
      id: passages.id,
      documentId: passages.documentId,
      key: passages.key,
      type: passages.type,
      text: passages.text,
    })
    .from(passages)
    .where(eq(passages.comparisonId, id))
    .orderBy(asc(passages.documentId), asc(passages.position));
  const topicRows = await db
    .select()
    .from(topics)
    .where(eq(topics.comparisonId, id))
    .orderBy(asc(topics.position));
  const tagRows = await db
    .select({ passageId: passageTopics.passageId, topic: topics.key })
    .from(passageTopics)
    .innerJoin(topics, eq(topics.id, passageTopics.topicId))
    .where(eq(passageTopics.comparisonId, id))
    .orderBy(asc(passageTopics.passageId), asc(passageTopics.position));
  const linkRows = await db
    .select({ source: links.sourcePassageId, target: links.targetPassageId, score: links.score })
    .from(links)
    .where(eq(links.comparisonId, id));

  const tags = groupBy(tagRows, (r) => r.passageId);
  const passagesOf = groupBy(passageRows, (r) => r.documentId);
  // Reading order of every passage, to list a passage's counterparts in the order the documents appear.
  const order = new Map<number, { key: string; rank: number }>();
  for (const d of documentRows) {
    for (const p of passagesOf.get(d.id) ?? []) order.set(p.id, { key: p.key, rank: order.size });
  }
  const counterparts = new Map<number, (Counterpart & { rank: number })[]>();
  const addCounterpart = (from: number, to: number, score: number) => {
    const other = order.get(to);
    if (!other) return;
    const list = counterparts.get(from) ?? [];
    list.push({ id: other.key, score, rank: other.rank });
    counterparts.set(from, list);
  };
  for (const link of linkRows) {
    addCounterpart(link.source, link.target, link.score);
    addCounterpart(link.target, link.source, link.score);
  }

  return comparisonSchema.parse({
    slug: row.slug,
    origin: "import",
    title: row.title,
    description: row.description,
    milestones: [],
    topics: topicRows.map((t) => ({
      id: t.key,
      label: t.label,
      description: t.description ?? "",
      summaries: {},
    })),
    documents: documentRows.map((d) =>
      emptyDocument({
        id: d.key,
        // Checked columns; comparisonSchema.parse below validates the whole object anyway.
        kind: d.kind as SourceDocument["kind"],
        title: d.title,
        outlet: d.outlet,
        url: d.url,
        authors: d.authors,
        publishedAt: d.publishedAt,
        passages: (passagesOf.get(d.id) ?? []).map((p) => ({
          id: p.key,
          type: p.type as PassageType,
          text: p.text,
          topics: (tags.get(p.id) ?? []).map((t) => t.topic),
          counterparts: (counterparts.get(p.id) ?? [])
            .sort((a, b) => a.rank - b.rank)
            .map(({ id, score }) => ({ id, score })),
        })),
      }),
    ),
    framing: null,
  });
}

function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
