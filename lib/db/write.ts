/** Inserts shared by saving an import and correcting its alignment; run inside the caller's transaction. */
import "server-only";

import type { Link } from "../corpus/input-schema";
import type { Db } from "./client";
import { links, passageTopics, topics } from "./schema";

// PostgreSQL binds at most 65,535 parameters per statement; 1,000 rows of up to 7 columns stay well below.
const CHUNK = 1_000;

export async function insertChunked<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export type TopicInput = { id: string; label: string; description?: string | null | undefined };

/** Inserts the topics in order; returns topic id (key) → row id. */
export async function insertTopics(
  db: Db,
  comparisonId: number,
  list: readonly TopicInput[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  await insertChunked(
    list.map((t, position) => ({
      comparisonId,
      key: t.id,
      label: t.label,
      description: t.description ?? null,
      position,
    })),
    async (chunk) => {
      const rows = await db.insert(topics).values(chunk).returning({ id: topics.id, key: topics.key });
      for (const row of rows) ids.set(row.key, row.id);
    },
  );
  return ids;
}

/** Tags passages (by key) with topics (by key), keeping each passage's order. */
export async function insertPassageTopics(
  db: Db,
  comparisonId: number,
  tags: Iterable<[passageKey: string, topicKeys: readonly string[]]>,
  passageIds: Map<string, number>,
  topicIds: Map<string, number>,
): Promise<void> {
  const rows = [...tags].flatMap(([passage, keys]) =>
    keys.map((key, position) => ({
      comparisonId,
      passageId: rowId(passageIds, passage),
      topicId: rowId(topicIds, key),
      position,
    })),
  );
  await insertChunked(rows, (chunk) => db.insert(passageTopics).values(chunk));
}

export async function insertLinks(
  db: Db,
  comparisonId: number,
  list: readonly Link[],
  passageIds: Map<string, number>,
): Promise<void> {
  const rows = list.map((l) => ({
    comparisonId,
    sourcePassageId: rowId(passageIds, l.source),
    targetPassageId: rowId(passageIds, l.target),
    score: l.score,
  }));
  await insertChunked(rows, (chunk) => db.insert(links).values(chunk));
}

/** Keys were validated before writing; a miss here is a bug, not bad input. */
export function rowId(ids: Map<string, number>, key: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`no row for "${key}"`);
  return id;
}
