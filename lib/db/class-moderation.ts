/** What a teacher does to keep an activity safe: rotate their token, remove a student with their work. */
import "server-only";
import { and, eq, sql } from "drizzle-orm";

import { hashSecret, newSecret } from "../security/secrets";
import type { Db } from "./client";
import { classes, students } from "./schema";

/**
 * Replaces the teacher token: the new one is returned once (only its hash is stored) and the old one
 * stops working with this statement's commit. Null if the class is gone.
 */
export async function rotateTeacherToken(db: Db, classId: number): Promise<string | null> {
  const token = newSecret();
  const rows = await db
    .update(classes)
    .set({ teacherTokenHash: hashSecret(token) })
    .where(eq(classes.id, classId))
    .returning({ id: classes.id });
  return rows.length > 0 ? token : null;
}

/**
 * Deletes one student of this class (by public id) with their tags and answers (foreign keys cascade),
 * so their token stops working at once. False if no such student is in this class.
 */
export async function deleteStudent(db: Db, classId: number, studentPublicId: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // The class's lock and a new version first, as every change to its work (class-batch.ts).
    await tx
      .update(classes)
      .set({ version: sql`${classes.version} + 1` })
      .where(eq(classes.id, classId));
    const rows = await tx
      .delete(students)
      .where(and(eq(students.classId, classId), eq(students.publicId, studentPublicId)))
      .returning({ id: students.id });
    return rows.length > 0;
  });
}
