/** A student's operations: tags, answers, and their own work back. Server-only, framework-free. */
import "server-only";
import {
  type AnswerRow,
  deleteResponse,
  getDb,
  getStudentWork,
  type ResponseRow,
  upsertAnswer,
  upsertResponse,
  type WriteOutcome,
} from "../db";
import { studentWriteWait } from "./client-limits";
import type { AnswerInput, ResponseInput } from "./schema";
import { authorize, CLOSED, type Failure, fail, NOT_FOUND, passagesOf, type Result } from "./service-support";
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
  if (wait > 0)
    return fail(429, `Too many saves at once. Try again in ${wait} s.`, { "Retry-After": String(wait) });
  return auth.principal;
}

export async function saveResponse(
  classId: string,
  authorization: string | null,
  input: ResponseInput,
): Promise<Result<Written<"response", ResponseView>>> {
  const author = await writer(classId, authorization);
  if ("ok" in author) return author;
  const { class: cls, student } = author;
  const passages = await passagesOf(cls.comparison);
  if (!passages) return NOT_FOUND;
  const invalid = responseTargetError(passages.ids, cls.labels, input);
  if (invalid)
    return fail(
      400,
      `Invalid request. ${invalid.startsWith("unknown passage") ? "passageId" : "label"}: ${invalid}.`,
    );
  const outcome = await upsertResponse(await getDb(), { classId: cls.id, studentId: student.id }, input);
  return written("response", outcome, (row: ResponseRow) => iso(row));
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
  const author = await writer(classId, authorization);
  if ("ok" in author) return author;
  const { class: cls, student } = author;
  const invalid = answerTargetError(cls.prompts, input.promptId);
  if (invalid) return fail(400, `Invalid request. promptId: ${invalid}.`);
  const outcome = await upsertAnswer(await getDb(), { classId: cls.id, studentId: student.id }, input);
  return written("answer", outcome, (row: AnswerRow) => iso(row));
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
