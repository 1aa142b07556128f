/**
 * Students' writes, many in one transaction (group commit). A batch belongs to one class and starts by
 * bumping the class's version, which locks its row: every write to a class's work (tags, answers, tag
 * removals, joins, removals) takes that lock first, so within a batch nothing can race it, and versions
 * commit in order (the dashboard fetches answers "after version n"). Then, in a few statements for the
 * whole batch: who each token is, the per-student write counts, which client ids were already used, and
 * one multi-row upsert per table. A replay (client id already stored on the same target) changes nothing
 * and stores nothing twice; a client id on another target is refused. One commit, one fsync.
 */
import { type SQL, sql } from "drizzle-orm";

import type { AnswerRow, ResponseRow, WriteOutcome } from "./class-work";
import { pgError } from "./class-work";
import type { Db } from "./client";
import { hitCountersBy } from "./limit-counters";

export type WorkInput =
  | { kind: "response"; passageId: string; label: string; note: string | null; clientId: string }
  | { kind: "answer"; promptId: string; text: string; clientId: string };

export type WorkOutcome = WriteOutcome<ResponseRow> | WriteOutcome<AnswerRow>;

/** What a batch answers for each item, beyond a write's outcome. */
export type BatchOutcome =
  | (WorkOutcome & { student?: { id: number; publicId: string } })
  | { ok: false; reason: "unknown-token" }
  | { ok: false; reason: "limited"; retryAfterMs: number; studentPublicId: string };

export interface StudentLimit {
  limit: number;
  windowMs: number;
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

async function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
const date = (ms: number | string) => new Date(Number(ms));

/**
 * Bumps the class's version (only while open) and locks its row until commit. Null when the class is
 * gone; `open: false` when closed (replays are still acknowledged).
 */
export async function lockClass(
  db: Db | Tx,
  where: { id: number } | { publicId: string },
  /** Also finds these tokens' seats in the class, in the same statement. */
  tokenHashes: readonly string[] = [],
): Promise<{ id: number; open: boolean; version: number; seats: Seat[] } | null> {
  const match = "id" in where ? sql`id = ${where.id}` : sql`public_id = ${where.publicId}`;
  const seats =
    tokenHashes.length === 0
      ? sql`'[]'::json`
      : sql`(select coalesce(json_agg(json_build_array(s.token_hash, s.id, s.public_id)), '[]'::json)
            from students s where s.class_id = classes.id and s.token_hash in (${list(tokenHashes)}))`;
  const [row] = await rows<{
    id: number;
    open: boolean;
    version: number | string;
    seats: [string, number, string][] | string;
  }>(
    db,
    sql`update classes set version = version + (case when open then 1 else 0 end)
        where ${match} returning id, open, version, ${seats} as seats`,
  );
  if (!row) return null;
  const found = typeof row.seats === "string" ? JSON.parse(row.seats) : row.seats;
  return {
    id: row.id,
    open: row.open,
    version: Number(row.version),
    seats: (found as [string, number, string][]).map(([tokenHash, id, publicId]) => ({
      tokenHash,
      id,
      publicId,
    })),
  };
}

interface Seat {
  tokenHash: string;
  id: number;
  publicId: string;
}

/**
 * One batch of students' writes to the class with this public id, by token hash: unknown tokens, and
 * students over `limit`, are answered without writing. Items keep their order (a later item replaces an
 * earlier one on the same passage or prompt).
 */
export async function writeStudentBatch(
  db: Db,
  classPublicId: string,
  items: readonly { tokenHash: string; input: WorkInput }[],
  limit: StudentLimit,
  now: Date = new Date(),
): Promise<BatchOutcome[]> {
  try {
    return await db.transaction((tx) => inBatch(tx, classPublicId, items, limit, now));
  } catch (error) {
    // A client id already used on another target aborts the transaction. Alone, that item gets its
    // answer; in a batch, group commit then sends each item alone.
    if (items.length === 1 && pgError(error).constraint?.endsWith("_client_uq"))
      return [{ ok: false, reason: "client-id-reused" }];
    throw error;
  }
}

async function inBatch(
  tx: Tx,
  classPublicId: string,
  items: readonly { tokenHash: string; input: WorkInput }[],
  limit: StudentLimit,
  now: Date,
): Promise<BatchOutcome[]> {
  const hashes = [...new Set(items.map((i) => i.tokenHash))];
  const cls = await lockClass(tx, { publicId: classPublicId }, hashes);
  if (!cls) return items.map(() => ({ ok: false, reason: "gone" }) as const);
  const seatOf = new Map(cls.seats.map((s) => [s.tokenHash, { id: s.id, publicId: s.publicId }]));
  const known = items.flatMap((item, index) => {
    const student = seatOf.get(item.tokenHash);
    return student ? [{ index, student, input: item.input }] : [];
  });
  const increments = new Map<string, number>();
  for (const k of known) {
    const key = `write:${k.student.publicId}`;
    increments.set(key, (increments.get(key) ?? 0) + 1);
  }
  const counters = await hitCountersBy(tx, increments, limit.windowMs, now);
  // The k-th write of a student in this batch counts as (count before the batch + k).
  const seen = new Map<string, number>();
  const allowed: typeof known = [];
  const out: BatchOutcome[] = items.map(() => ({ ok: false, reason: "unknown-token" }));
  for (const k of known) {
    const key = `write:${k.student.publicId}`;
    const counter = counters.get(key);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const count = (counter?.count ?? 0) - (increments.get(key) ?? 0) + n;
    if (counter && count > limit.limit) {
      const retryAfterMs = Math.max(1, counter.expiresAt.getTime() - now.getTime());
      out[k.index] = { ok: false, reason: "limited", retryAfterMs, studentPublicId: k.student.publicId };
    } else allowed.push(k);
  }
  const written = await writeWork(
    tx,
    cls,
    allowed.map((k) => ({ studentId: k.student.id, input: k.input })),
  );
  allowed.forEach((k, i) => {
    const outcome = written[i];
    if (outcome) out[k.index] = { ...outcome, student: k.student };
  });
  return out;
}

export interface WorkItem {
  studentId: number;
  input: WorkInput;
}

/** Writes the items inside a transaction that holds the class's lock (lockClass). */
export async function writeWork(
  tx: Db | Tx,
  cls: { id: number; open: boolean; version: number },
  items: readonly WorkItem[],
): Promise<WorkOutcome[]> {
  const out: WorkOutcome[] = new Array(items.length);
  for (const kind of ["response", "answer"] as const) {
    const mine = items.flatMap((item, index) => (item.input.kind === kind ? [{ ...item, index }] : []));
    if (mine.length === 0) continue;
    const table = TABLES[kind];
    // Rounds: a statement may touch a (student, target) once; a later write to it goes in the next round.
    const rounds: (typeof mine)[] = [];
    const round = new Map<string, number>();
    const firstOf = new Map<string, (typeof mine)[number]>();
    const replays: [index: number, of: number][] = [];
    const unanswered: typeof mine = [];
    for (const m of mine) {
      const key = `${m.studentId}|${m.input.clientId}`;
      const earlier = firstOf.get(key);
      if (earlier) {
        // The same client id twice in one batch: a replay of the first, or a reuse on another target.
        if (targetOf(earlier.input) === targetOf(m.input)) replays.push([m.index, earlier.index]);
        else out[m.index] = { ok: false, reason: "client-id-reused" };
        continue;
      }
      firstOf.set(key, m);
      if (!cls.open) {
        unanswered.push(m);
        continue;
      }
      const slot = `${m.studentId}|${targetOf(m.input)}`;
      const r = round.get(slot) ?? 0;
      round.set(slot, r + 1);
      const group = rounds[r] ?? [];
      group.push(m);
      rounds[r] = group;
    }
    for (const batch of rounds) {
      const written = await rows<StoredRow & { created: boolean }>(tx, table.upsert(cls, batch));
      const byTarget = new Map(written.map((w) => [`${w.student_id}|${w.target}`, w]));
      for (const m of batch) {
        const w = byTarget.get(`${m.studentId}|${targetOf(m.input)}`);
        // No row: the stored write there already has this client id (a replay).
        if (w)
          out[m.index] = { ok: true, status: w.created ? "created" : "replaced", row: table.row(w) } as never;
        else unanswered.push(m);
      }
    }
    if (unanswered.length > 0) {
      // Replays (or, on a closed class, anything): what each client id already stored, if anything.
      const stored = await rows<StoredRow>(
        tx,
        sql`select student_id, client_id, ${sql.raw(table.target)} as target, ${sql.raw(table.columns)}
            from ${sql.raw(table.name)}
            where student_id in (${list([...new Set(unanswered.map((m) => m.studentId))])})
              and client_id in (${list([...new Set(unanswered.map((m) => m.input.clientId))])})`,
      );
      const byClient = new Map(stored.map((r) => [`${r.student_id}|${r.client_id}`, r]));
      for (const m of unanswered) {
        const previous = byClient.get(`${m.studentId}|${m.input.clientId}`);
        if (previous && previous.target === targetOf(m.input))
          out[m.index] = { ok: true, status: "replayed", row: table.row(previous) } as never;
        else if (previous) out[m.index] = { ok: false, reason: "client-id-reused" };
        else if (!cls.open) out[m.index] = { ok: false, reason: "closed" };
        else throw new Error("an upsert wrote nothing and no earlier write has its client id");
      }
    }
    for (const [index, of] of replays) {
      const first = out[of];
      out[index] = first?.ok ? ({ ...first, status: "replayed" } as never) : (first as WorkOutcome);
    }
  }
  return out;
}

interface StoredRow {
  student_id: number;
  client_id: string;
  target: string;
  createdAt: number | string;
  updatedAt: number | string;
  label?: string;
  note?: string | null;
  text?: string;
}

const targetOf = (input: WorkInput | undefined) =>
  input === undefined ? "" : input.kind === "response" ? input.passageId : input.promptId;

/** Timestamps as epoch milliseconds: the same on both drivers. */
const stamps = `(extract(epoch from created_at) * 1000)::float8 as "createdAt",
  (extract(epoch from updated_at) * 1000)::float8 as "updatedAt"`;

const TABLES = {
  response: {
    name: "responses",
    target: "passage_id",
    columns: `label, note, ${stamps}`,
    row: (r: StoredRow): ResponseRow => ({
      passageId: r.target,
      label: r.label ?? "",
      note: r.note ?? null,
      clientId: r.client_id,
      createdAt: date(r.createdAt),
      updatedAt: date(r.updatedAt),
    }),
    upsert: (cls: { id: number }, batch: readonly WorkItem[]) =>
      sql`insert into responses (class_id, student_id, passage_id, label, note, client_id)
          values ${sql.join(
            batch.map(({ studentId, input: i }) =>
              i.kind === "response"
                ? sql`(${cls.id}, ${studentId}, ${i.passageId}, ${i.label}, ${i.note}, ${i.clientId})`
                : sql``,
            ),
            sql`, `,
          )}
          on conflict (student_id, passage_id) do update set label = excluded.label, note = excluded.note,
            client_id = excluded.client_id, updated_at = now()
            where responses.client_id <> excluded.client_id
          returning student_id, client_id, passage_id as target, ${sql.raw(`label, note, ${stamps}`)},
            (xmax = 0) as created`,
  },
  answer: {
    name: "answers",
    target: "prompt_id",
    columns: `text, ${stamps}`,
    row: (r: StoredRow): AnswerRow => ({
      promptId: r.target,
      text: r.text ?? "",
      clientId: r.client_id,
      createdAt: date(r.createdAt),
      updatedAt: date(r.updatedAt),
    }),
    upsert: (cls: { id: number; version: number }, batch: readonly WorkItem[]) =>
      sql`insert into answers (class_id, student_id, prompt_id, text, client_id, seq)
          values ${sql.join(
            batch.map(({ studentId, input: i }) =>
              i.kind === "answer"
                ? sql`(${cls.id}, ${studentId}, ${i.promptId}, ${i.text}, ${i.clientId}, ${cls.version})`
                : sql``,
            ),
            sql`, `,
          )}
          on conflict (student_id, prompt_id) do update set text = excluded.text,
            client_id = excluded.client_id, seq = excluded.seq, updated_at = now()
            where answers.client_id <> excluded.client_id
          returning student_id, client_id, prompt_id as target, ${sql.raw(`text, ${stamps}`)},
            (xmax = 0) as created`,
  },
} as const;
