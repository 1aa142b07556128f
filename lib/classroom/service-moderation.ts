/** A teacher's moderation: a new teacher token, removing a student with their work. Server-only. */
import "server-only";
import { getDb } from "../db";
import { deleteStudent, rotateTeacherToken as rotateToken } from "../db/class-moderation";
import { securityEvent } from "../log";
import { authorize, fail, isPublicId, NOT_FOUND, type Result } from "./service-support";

/** The current teacher token → a new one; the old one is refused from now on. */
export async function rotateTeacherToken(
  classId: string,
  authorization: string | null,
): Promise<Result<{ teacherToken: string; teacherPath: string }>> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const token = await rotateToken(await getDb(), auth.principal.class.id);
  if (!token) return NOT_FOUND;
  securityEvent("teacher.token-rotated", { classId });
  return {
    ok: true,
    status: 200,
    value: { teacherToken: token, teacherPath: `/classes/${classId}/teach#token=${token}` },
  };
}

/** Removes a student and their tags and answers (teacher) → 204; their token stops working at once. */
export async function removeStudent(
  classId: string,
  authorization: string | null,
  studentId: string,
): Promise<Result<null>> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const gone = fail(404, "No such student in this activity.");
  if (!isPublicId(studentId)) return gone;
  const removed = await deleteStudent(await getDb(), auth.principal.class.id, studentId);
  if (!removed) return gone;
  securityEvent("student.removed", { classId, studentId });
  return { ok: true, status: 204, value: null };
}
