/**
 * Class-activity operations the API routes call: repository + setup checks + dashboard and CSV
 * builders, each returning a typed Result so the routes only translate it to HTTP. Server-only,
 * framework-free (no Next imports): the routes pass the headers and parsed bodies in.
 */
import "server-only";
import { findComparison } from "../catalog";
import { type ClassRecord, createClass, deleteClass, getDb } from "../db";
import { updateClass } from "../db/classes";
import { securityEvent } from "../log";
import type { ActivityLabel } from "./labels";
import type { ActivityPrompt } from "./prompts";
import type { ClassSettingsInput, CreateClassInput } from "./schema";
import { authorize, fail, indexPassages, NOT_FOUND, type Result } from "./service-support";
import { resolveActivity } from "./setup";

export { activityDashboard, answersAfter, studentNotes } from "./service-dashboard";
export { answersCsv, responsesCsv } from "./service-export";
export { joinActivity } from "./service-join";
export { removeStudent, rotateTeacherToken } from "./service-moderation";
export type { Failure, Result } from "./service-support";
export { removeResponse, saveAnswer, saveResponse, studentWork } from "./service-work";

export interface Activity {
  id: string;
  title: string;
  comparison: string;
  open: boolean;
  /** How many students may join; the teacher can change it (PATCH). */
  maxStudents: number;
  /** The topics whose passages students see; empty for the whole texts. */
  topics: string[];
  /** Students see every passage, whatever its topic. */
  wholeTexts: boolean;
  prompts: ActivityPrompt[];
  labels: ActivityLabel[];
  createdAt: string;
  /** Teachers only: the code to show the class again, from any browser with the teacher link. */
  joinCode?: string;
}

export function activityOf(c: ClassRecord): Activity {
  const { publicId, title, comparison, open, maxStudents, topics, prompts, labels, createdAt } = c;
  return {
    id: publicId,
    title,
    comparison,
    open,
    maxStudents,
    topics,
    wholeTexts: topics.length === 0,
    prompts,
    labels,
    createdAt: createdAt.toISOString(),
  };
}

export async function createActivity(
  input: CreateClassInput,
): Promise<Result<{ id: string; joinCode: string; teacherToken: string; teacherPath: string }>> {
  const unknown = fail(400, `Invalid request. comparison: no comparison "${input.comparison}".`);
  const comparison = await findComparison(input.comparison);
  if (!comparison) return unknown;
  const setup = resolveActivity(comparison, input);
  if (!setup.ok) return fail(400, `Invalid request. ${setup.errors.slice(0, 5).join("; ")}.`);
  indexPassages(comparison);
  const made = await createClass(await getDb(), {
    ...setup.setup,
    storedComparison: comparison.origin === "import",
  });
  if (!made) return unknown;
  const id = made.class.publicId;
  return {
    ok: true,
    status: 201,
    value: {
      id,
      joinCode: made.class.joinCode,
      teacherToken: made.teacherToken,
      // After "#": browsers never send the fragment, so the token stays out of logs and Referer headers.
      teacherPath: `/classes/${id}/teach#token=${made.teacherToken}`,
    },
  };
}

export async function readActivity(classId: string, authorization: string | null): Promise<Result<Activity>> {
  const auth = await authorize(classId, authorization, ["teacher", "student"]);
  if (!auth.ok) return auth;
  const activity = activityOf(auth.principal.class);
  const value =
    auth.principal.role === "teacher" ? { ...activity, joinCode: auth.principal.class.joinCode } : activity;
  return { ok: true, status: 200, value };
}

export async function updateActivity(
  classId: string,
  authorization: string | null,
  settings: ClassSettingsInput,
): Promise<Result<Activity>> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const updated = await updateClass(await getDb(), auth.principal.class.id, settings);
  return updated ? { ok: true, status: 200, value: activityOf(updated) } : NOT_FOUND;
}

export async function removeActivity(classId: string, authorization: string | null): Promise<Result<null>> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const deleted = await deleteClass(await getDb(), auth.principal.class.id);
  if (deleted) securityEvent("class.deleted", { classId });
  return deleted ? { ok: true, status: 204, value: null } : NOT_FOUND;
}
