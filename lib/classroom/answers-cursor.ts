/**
 * The query of the dashboard's answers: `after` (a cursor from the previous page, absent for the
 * first) and `limit`. A cursor is "<version>-<row>": the place of the last answer the teacher has.
 * Framework-free; a bad value gets a message naming the parameter.
 */
export const ANSWERS_PAGE = { default: 100, max: 200 } as const;

export interface AnswersCursor {
  seq: number;
  id: number;
}

export const START: AnswersCursor = { seq: 0, id: 0 };

export const formatCursor = (c: AnswersCursor) => `${c.seq}-${c.id}`;

const CURSOR_RE = /^(\d{1,15})-(\d{1,15})$/;

export type AnswersQuery = { ok: true; after: AnswersCursor; limit: number } | { ok: false; error: string };

export function parseAnswersQuery(params: URLSearchParams): AnswersQuery {
  for (const key of params.keys())
    if (key !== "after" && key !== "limit")
      return { ok: false, error: `Invalid request. ${key.slice(0, 40)}: unknown parameter.` };
  const after = params.get("after");
  let cursor = START;
  if (after !== null) {
    const match = CURSOR_RE.exec(after);
    if (!match)
      return {
        ok: false,
        error: "Invalid request. after: not a cursor; send the `next` of the previous page, or nothing.",
      };
    cursor = { seq: Number(match[1]), id: Number(match[2]) };
  }
  const rawLimit = params.get("limit");
  let limit: number = ANSWERS_PAGE.default;
  if (rawLimit !== null) {
    limit = /^\d{1,4}$/.test(rawLimit) ? Number(rawLimit) : Number.NaN;
    if (!(limit >= 1 && limit <= ANSWERS_PAGE.max))
      return { ok: false, error: `Invalid request. limit: a whole number from 1 to ${ANSWERS_PAGE.max}.` };
  }
  return { ok: true, after: cursor, limit };
}
