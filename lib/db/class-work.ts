/**
 * Students' work: tags on passages (responses) and answers to prompts. Each write is one statement:
 * `INSERT … SELECT … FROM classes WHERE open` (a closed class yields nothing to insert) with
 * `ON CONFLICT (student, passage|prompt) DO UPDATE … WHERE client_id differs`, so
 * - a new tag inserts (created), a new client id on an existing tag replaces it (replaced),
 * - the same client id again changes nothing (replayed: the stored row is read back and returned),
 * and concurrent retries can never store a second row: both unique keys hold in the database.
 */
import "server-only";
import { and, eq, type SQL, sql } from "drizzle-orm";

import type { Db } from "./client";
import { answers, classes, responses } from "./schema";

export interface ResponseRow {
  passageId: string;
  label: string;
  note: string | null;
  clientId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface AnswerRow {
  promptId: string;
  text: string;
  clientId: string;
  createdAt: Date;
  updatedAt: Date;
}

export type WriteOutcome<T> =
  | { ok: true; status: "created" | "replaced" | "replayed"; row: T }
  /** closed: the activity is closed; gone: no such class (deleted); client-id-reused: the client id
   * was already used by this student for another passage or prompt. */
  | { ok: false; reason: "closed" | "gone" | "client-id-reused" };

export interface Author {
  classId: number;
  studentId: number;
}

export const responseColumns = {
  passageId: responses.passageId,
  label: responses.label,
  note: responses.note,
  clientId: responses.clientId,
  createdAt: responses.createdAt,
  updatedAt: responses.updatedAt,
};

export const answerColumns = {
  promptId: answers.promptId,
  text: answers.text,
  clientId: answers.clientId,
  createdAt: answers.createdAt,
  updatedAt: answers.updatedAt,
};

/** `xmax = 0` only on a freshly inserted row version (an ON CONFLICT update sets it). */
const created = sql<boolean>`(xmax = 0)`;

/** The class row, when open: the source of the insert, so a closed class inserts nothing. */
const openClass = (classId: number) =>
  sql`from ${classes} where ${classes.id} = ${classId} and ${classes.open}`;

/** Raw rows of a statement; timestamps come back as epoch milliseconds, the same on both drivers. */
async function run<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}
const epochMs = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);
type Stamped<T> = Omit<T, "createdAt" | "updatedAt"> & {
  createdAt: number;
  updatedAt: number;
  created: boolean;
};
const dated = <T>({ createdAt, updatedAt, created, ...rest }: Stamped<T>) => ({
  row: { ...rest, createdAt: new Date(createdAt), updatedAt: new Date(updatedAt) } as T,
  created,
});

export async function upsertResponse(
  db: Db,
  author: Author,
  input: { passageId: string; label: string; note?: string | null | undefined; clientId: string },
): Promise<WriteOutcome<ResponseRow>> {
  const write = async () =>
    (
      await run<Stamped<ResponseRow>>(
        db,
        sql`insert into ${responses} (class_id, student_id, passage_id, label, note, client_id)
          select ${classes.id}, ${author.studentId}, ${input.passageId}, ${input.label}, ${input.note ?? null},
            ${input.clientId} ${openClass(author.classId)}
          on conflict (student_id, passage_id) do update
            set label = excluded.label, note = excluded.note, client_id = excluded.client_id, updated_at = now()
            where responses.client_id <> excluded.client_id
          returning passage_id as "passageId", label, note, client_id as "clientId",
            ${epochMs("created_at")} as "createdAt", ${epochMs("updated_at")} as "updatedAt", ${created} as created`,
      )
    ).map(dated<ResponseRow>);
  const stored = () =>
    db
      .select(responseColumns)
      .from(responses)
      .where(and(eq(responses.studentId, author.studentId), eq(responses.clientId, input.clientId)));
  return idempotentWrite(db, author, write, stored, (row) => row.passageId === input.passageId);
}

export async function upsertAnswer(
  db: Db,
  author: Author,
  input: { promptId: string; text: string; clientId: string },
): Promise<WriteOutcome<AnswerRow>> {
  const write = async () =>
    (
      await run<Stamped<AnswerRow>>(
        db,
        sql`insert into ${answers} (class_id, student_id, prompt_id, text, client_id)
          select ${classes.id}, ${author.studentId}, ${input.promptId}, ${input.text}, ${input.clientId}
            ${openClass(author.classId)}
          on conflict (student_id, prompt_id) do update
            set text = excluded.text, client_id = excluded.client_id, updated_at = now()
            where answers.client_id <> excluded.client_id
          returning prompt_id as "promptId", text, client_id as "clientId",
            ${epochMs("created_at")} as "createdAt", ${epochMs("updated_at")} as "updatedAt", ${created} as created`,
      )
    ).map(dated<AnswerRow>);
  const stored = () =>
    db
      .select(answerColumns)
      .from(answers)
      .where(and(eq(answers.studentId, author.studentId), eq(answers.clientId, input.clientId)));
  return idempotentWrite(db, author, write, stored, (row) => row.promptId === input.promptId);
}

const ATTEMPTS = 4;

async function idempotentWrite<T>(
  db: Db,
  author: Author,
  write: () => Promise<{ row: T; created: boolean }[]>,
  stored: () => Promise<T[]>,
  sameTarget: (row: T) => boolean,
): Promise<WriteOutcome<T>> {
  for (let attempt = 1; ; attempt++) {
    let rows: { row: T; created: boolean }[];
    try {
      rows = await write();
    } catch (error) {
      const { code, constraint } = pgError(error);
      // The class (and so the student) was deleted mid-request.
      if (code === "23503") return { ok: false, reason: "gone" };
      // A unique key other than the conflict target: the same request racing itself (the first commits
      // while this one checks the client-id key; trying again finds the conflict and replays), or a
      // client id reused for another target, which stays a conflict however often it is tried.
      if (code !== "23505") throw error;
      if (attempt < ATTEMPTS) continue;
      if (constraint?.endsWith("_client_uq")) return { ok: false, reason: "client-id-reused" };
      throw error;
    }
    const [written] = rows;
    if (written) return { ok: true, status: written.created ? "created" : "replaced", row: written.row };
    // Nothing written: a replay of this client id, or a closed (or deleted) class.
    const [previous] = await stored();
    if (previous && sameTarget(previous)) return { ok: true, status: "replayed", row: previous };
    const [cls] = await db.select({ open: classes.open }).from(classes).where(eq(classes.id, author.classId));
    if (!cls) return { ok: false, reason: "gone" };
    if (!cls.open) return { ok: false, reason: "closed" };
    // Open, yet the conflicting tag was replaced or removed between the two statements: write again.
    if (attempt >= ATTEMPTS) throw new Error("idempotent write did not settle");
  }
}

/** Removes the student's tag on a passage, only while the activity is open. */
export async function deleteResponse(
  db: Db,
  author: Author,
  passageId: string,
): Promise<{ ok: true } | { ok: false; reason: "closed" | "gone" | "not-found" }> {
  const rows = await db
    .delete(responses)
    .where(
      and(
        eq(responses.studentId, author.studentId),
        eq(responses.passageId, passageId),
        sql`exists (select 1 ${openClass(author.classId)})`,
      ),
    )
    .returning({ passageId: responses.passageId });
  if (rows.length > 0) return { ok: true };
  const [cls] = await db.select({ open: classes.open }).from(classes).where(eq(classes.id, author.classId));
  if (!cls) return { ok: false, reason: "gone" };
  return { ok: false, reason: cls.open ? "not-found" : "closed" };
}

/** The PostgreSQL error code and constraint, through drizzle's wrapping (`cause`) on either driver. */
export function pgError(error: unknown): { code?: string; constraint?: string } {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, constraint, cause } = e as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) {
      return { code, ...(typeof constraint === "string" ? { constraint } : {}) };
    }
    e = cause;
  }
  return {};
}
