/** A student's operations: tags, answers, and their own work back. Server-only, framework-free. */
import "server-only";
import {
  type AnswerRow,
  type BatchOutcome,
  type ClassSetup,
  classSetup,
  deleteResponse,
  getDb,
  getStudentWork,
  type ResponseRow,
  type WorkInput,
  type WriteOutcome,
  writeStudentBatch,
} from "../db";
import type { WorkOutcome } from "../db/class-batch";
import { securityEvent } from "../log";
import { bearerToken, hashSecret } from "../security/secrets";
import { STUDENT_WRITES, shouldLog, studentWriteWait } from "./client-limits";
import { createGroupCommit } from "./group-commit";
import type { AnswerInput, ResponseInput } from "./schema";
import {
  authorize,
  CLOSED,
  type Failure,
  fail,
  isPublicId,
  NOT_FOUND,
  passagesOf,
  type Result,
} from "./service-support";
import { answerTargetError, responseTargetError } from "./setup";

export interface ResponseView {
  passageId: string;
  label: string;
  note: string | null;
  clientId: string;
  createdAt: string;
  updatedAt: string;
}

export interface AnswerView {
  promptId: string;
  text: string;
  clientId: string;
  createdAt: string;
  updatedAt: string;
}

const iso = <T extends { createdAt: Date; updatedAt: Date }>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

type Written<K extends string, V> = Record<K, V> & { result: "created" | "replaced" | "replayed" };

/** created → 201; replaced or replayed → 200 (a replay changes nothing and stores nothing twice). */
function written<K extends string, R extends { createdAt: Date; updatedAt: Date }, V>(
  key: K,
  outcome: WriteOutcome<R>,
  view: (row: R) => V,
): Result<Written<K, V>> | Failure {
  if (!outcome.ok) {
    if (outcome.reason === "closed") return CLOSED;
    if (outcome.reason === "gone") return NOT_FOUND;
    // The IETF idempotency-key draft's answer to a key reused with a different request.
    return fail(422, "clientId: already used for another passage or prompt; send a new clientId.");
  }
  const value = { [key]: view(outcome.row), result: outcome.status } as Written<K, V>;
  return { ok: true, status: outcome.status === "created" ? 201 : 200, value };
}

/** The student behind a write, or a refusal: wrong token, or over the per-student write rate (429). */
async function writer(classId: string, authorization: string | null) {
  const auth = await authorize(classId, authorization, ["student"]);
  if (!auth.ok || auth.principal.role !== "student") return auth.ok ? NOT_FOUND : auth;
  const wait = await studentWriteWait(classId, auth.principal.student.publicId);
  if (wait > 0) return tooManySaves(wait);
  return auth.principal;
}

const tooManySaves = (seconds: number) =>
  fail(429, `Too many saves at once. Try again in ${seconds} s.`, { "Retry-After": String(seconds) });

/**
 * Tags and answers go through group commit (one transaction per batch of a class), which also checks
 * the token and counts the student's write rate for the whole batch.
 */
const group = createGroupCommit<{ tokenHash: string; input: WorkInput }, BatchOutcome>({
  run: async (classId, items) => writeStudentBatch(await getDb(), classId, items, STUDENT_WRITES),
  // PGlite runs on this thread and fsyncs each commit: under load, a few ms of waiting gathers the
  // requests in flight into one commit. PostgreSQL works in its own process; it needs no wait.
  lingerMs: process.env.DATABASE_URL ? 0 : 4,
});

/** A tag or an answer, batched; refusals as the single path answers them. */
async function batchedWrite(
  classId: string,
  authorization: string | null,
  input: WorkInput,
  invalid: (setup: ClassSetup) => Promise<Failure | null>,
): Promise<Result<WorkOutcome> | Failure> {
  const token = bearerToken(authorization);
  const setup = token && isPublicId(classId) ? await classSetup(await getDb(), classId) : null;
  // A refusal before any write: the usual checks say which (401, 404).
  if (!token || !setup) return refusal(await writer(classId, authorization));
  const bad = await invalid(setup);
  if (bad) {
    const author = await writer(classId, authorization);
    return "ok" in author ? author : bad;
  }
  const outcome = await group.write(classId, { tokenHash: hashSecret(token), input });
  if (outcome.ok) return { ok: true, status: 200, value: outcome };
  if (outcome.reason === "unknown-token") return refusal(await writer(classId, authorization));
  if (outcome.reason === "limited") {
    const seconds = Math.ceil(outcome.retryAfterMs / 1000);
    if (shouldLog(`s:${outcome.studentPublicId}`))
      securityEvent("student.write-limited", { classId, studentId: outcome.studentPublicId });
    return tooManySaves(seconds);
  }
  return { ok: true, status: 200, value: outcome };
}

/** The single path's answer for a write that got no further: its refusal, or 404 if it now passes. */
const refusal = (author: Awaited<ReturnType<typeof writer>>): Failure =>
  "ok" in author && !author.ok ? author : NOT_FOUND;

export async function saveResponse(
  classId: string,
  authorization: string | null,
  input: ResponseInput,
): Promise<Result<Written<"response", ResponseView>>> {
  const done = await batchedWrite(
    classId,
    authorization,
    { kind: "response", ...input, note: input.note ?? null },
    async (setup) => {
      const passages = await passagesOf(setup.comparison);
      if (!passages) return NOT_FOUND;
      const invalid = responseTargetError(passages.ids, setup.labels, input);
      if (!invalid) return null;
      const field = invalid.startsWith("unknown passage") ? "passageId" : "label";
      return fail(400, `Invalid request. ${field}: ${invalid}.`);
    },
  );
  if (!done.ok) return done;
  return written("response", done.value as WriteOutcome<ResponseRow>, (row: ResponseRow) => iso(row));
}

export async function removeResponse(
  classId: string,
  authorization: string | null,
  passageId: string,
): Promise<Result<null>> {
  const author = await writer(classId, authorization);
  if ("ok" in author) return author;
  const { class: cls, student } = author;
  const removed = await deleteResponse(await getDb(), { classId: cls.id, studentId: student.id }, passageId);
  if (removed.ok) return { ok: true, status: 204, value: null };
  if (removed.reason === "closed") return CLOSED;
  return removed.reason === "gone"
    ? NOT_FOUND
    : fail(404, `You have no tag on passage "${passageId.slice(0, 100)}".`);
}

export async function saveAnswer(
  classId: string,
  authorization: string | null,
  input: AnswerInput,
): Promise<Result<Written<"answer", AnswerView>>> {
  const done = await batchedWrite(classId, authorization, { kind: "answer", ...input }, async (setup) => {
    const invalid = answerTargetError(setup.prompts, input.promptId);
    return invalid ? fail(400, `Invalid request. promptId: ${invalid}.`) : null;
  });
  if (!done.ok) return done;
  return written("answer", done.value as WriteOutcome<AnswerRow>, (row: AnswerRow) => iso(row));
}

export async function studentWork(
  classId: string,
  authorization: string | null,
): Promise<
  Result<{
    student: { id: string; name: string };
    responses: Omit<ResponseView, "createdAt">[];
    answers: Omit<AnswerView, "createdAt">[];
  }>
> {
  const auth = await authorize(classId, authorization, ["student"]);
  if (!auth.ok || auth.principal.role !== "student") return auth.ok ? NOT_FOUND : auth;
  const { student } = auth.principal;
  const work = await getStudentWork(await getDb(), student.id);
  return {
    ok: true,
    status: 200,
    value: {
      student: { id: student.publicId, name: student.name },
      responses: work.responses.map(({ passageId, label, note, clientId, updatedAt }) => ({
        passageId,
        label,
        note,
        clientId,
        updatedAt: updatedAt.toISOString(),
      })),
      answers: work.answers.map(({ promptId, text, clientId, updatedAt }) => ({
        promptId,
        text,
        clientId,
        updatedAt: updatedAt.toISOString(),
      })),
    },
  };
}
