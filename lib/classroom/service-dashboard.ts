/**
 * The teacher's dashboard: a summary of counts under an ETag (the class's version, so an unchanged
 * class costs a 304 and no query beyond the token check), answers a page at a time after a cursor, and
 * one student's notes on demand. Server-only, framework-free.
 */
import { findComparison } from "../catalog";
import { getDb, listAnswersAfter, listForDashboard, listStudentNotes } from "../db";
import { type AnswersQuery, formatCursor } from "./answers-cursor";
import { buildDashboard, type Dashboard } from "./dashboard";
import { authorize, fail, isPublicId, NOT_FOUND, type Result } from "./service-support";

export type DashboardSummary = Dashboard & { open: boolean; maxStudents: number; version: number };

/** The ETag of a class's dashboard at a version (weak: the JSON is rebuilt, not byte-kept). */
export const dashboardEtag = (version: number) => `W/"v${version}"`;

/** Built summaries by class and version: several teacher tabs, or a reload, cost no rebuild. */
const built = new Map<number, DashboardSummary>();
const MAX_BUILT = 100;

export async function activityDashboard(
  classId: string,
  authorization: string | null,
  ifNoneMatch: string | null = null,
): Promise<Result<{ etag: string; summary: DashboardSummary | null }>> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const cls = auth.principal.class;
  const etag = dashboardEtag(cls.version);
  if (ifNoneMatch && matches(ifNoneMatch, etag))
    return { ok: true, status: 200, value: { etag, summary: null } };
  const cached = built.get(cls.id);
  if (cached && cached.version === cls.version)
    return { ok: true, status: 200, value: { etag, summary: cached } };
  const comparison = await findComparison(cls.comparison);
  if (!comparison) return NOT_FOUND;
  // The rows may be newer than the version read with the token: the summary says which it shows.
  const rows = await listForDashboard(await getDb(), cls.id);
  const summary: DashboardSummary = {
    ...buildDashboard(rows, comparison, cls.labels),
    open: rows.open ?? cls.open,
    maxStudents: rows.maxStudents ?? cls.maxStudents,
    version: rows.version ?? cls.version,
  };
  if (built.size >= MAX_BUILT) built.delete(built.keys().next().value ?? 0);
  built.set(cls.id, summary);
  return { ok: true, status: 200, value: { etag: dashboardEtag(summary.version), summary } };
}

/** RFC 9110 If-None-Match: a list of entity tags (weak comparison) or "*". */
function matches(header: string, etag: string): boolean {
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export interface AnswersPage {
  answers: { studentId: string; student: string; promptId: string; text: string; updatedAt: string }[];
  /** The cursor of the next page (the same as sent when nothing is new). */
  next: string;
  /** True when more answers wait after this page: ask again at once with `next`. */
  more: boolean;
}

export async function answersAfter(
  classId: string,
  authorization: string | null,
  query: AnswersQuery,
): Promise<Result<AnswersPage>> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  if (!query.ok) return fail(400, query.error);
  const rows = await listAnswersAfter(await getDb(), auth.principal.class.id, query.after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    ok: true,
    status: 200,
    value: {
      answers: page.map(({ studentId, student, promptId, text, updatedAt }) => ({
        studentId,
        student,
        promptId,
        text,
        updatedAt: updatedAt.toISOString(),
      })),
      next: formatCursor(last ? { seq: last.seq, id: last.id } : query.after),
      more: rows.length > query.limit,
    },
  };
}

export async function studentNotes(
  classId: string,
  authorization: string | null,
  studentId: string,
): Promise<Result<{ notes: { passageId: string; label: string; note: string }[] }>> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const gone = fail(404, "No such student in this activity.");
  // Student ids are public ids: anything else (a NUL the database refuses, say) cannot exist.
  if (!isPublicId(studentId)) return gone;
  const notes = await listStudentNotes(await getDb(), auth.principal.class.id, studentId);
  return notes ? { ok: true, status: 200, value: { notes } } : gone;
}
