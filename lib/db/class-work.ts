/**
 * Students' work: tags on passages (responses) and answers to prompts. Every write locks its class's
 * row and bumps its version first (lockClass), then upserts `ON CONFLICT (student, passage|prompt)`:
 * - a new tag inserts (created), a new client id on an existing tag replaces it (replaced),
 * - the same client id again changes nothing (replayed: the stored row is returned),
 * and concurrent retries can never store a second row: both unique keys hold in the database. The
 * batched path for the API is class-batch.ts; these single writes share its code.
 */
import "server-only";
import { and, eq } from "drizzle-orm";

import { lockClass, type WorkInput, writeWork } from "./class-batch";
import type { Db } from "./client";
import { answers, responses } from "./schema";

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

async function writeOne<T>(db: Db, author: Author, input: WorkInput): Promise<WriteOutcome<T>> {
  try {
    return await db.transaction(async (tx) => {
      const cls = await lockClass(tx, { id: author.classId });
      if (!cls) return { ok: false, reason: "gone" } as const;
      const [outcome] = await writeWork(tx, cls, [{ studentId: author.studentId, input }]);
      return (outcome ?? { ok: false, reason: "gone" }) as WriteOutcome<T>;
    });
  } catch (error) {
    const { code, constraint } = pgError(error);
    // The student was removed before this write took the class's lock.
    if (code === "23503") return { ok: false, reason: "gone" };
    // This client id is already stored on another passage or prompt.
    if (constraint?.endsWith("_client_uq")) return { ok: false, reason: "client-id-reused" };
    throw error;
  }
}

export function upsertResponse(
  db: Db,
  author: Author,
  input: { passageId: string; label: string; note?: string | null | undefined; clientId: string },
): Promise<WriteOutcome<ResponseRow>> {
  return writeOne(db, author, { kind: "response", ...input, note: input.note ?? null });
}

export function upsertAnswer(
  db: Db,
  author: Author,
  input: { promptId: string; text: string; clientId: string },
): Promise<WriteOutcome<AnswerRow>> {
  return writeOne(db, author, { kind: "answer", ...input });
}

/** Removes the student's tag on a passage, only while the activity is open. */
export async function deleteResponse(
  db: Db,
  author: Author,
  passageId: string,
): Promise<{ ok: true } | { ok: false; reason: "closed" | "gone" | "not-found" }> {
  return db.transaction(async (tx) => {
    const cls = await lockClass(tx, { id: author.classId });
    if (!cls) return { ok: false, reason: "gone" };
    if (!cls.open) return { ok: false, reason: "closed" };
    const rows = await tx
      .delete(responses)
      .where(and(eq(responses.studentId, author.studentId), eq(responses.passageId, passageId)))
      .returning({ passageId: responses.passageId });
    return rows.length > 0 ? { ok: true } : { ok: false, reason: "not-found" };
  });
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
