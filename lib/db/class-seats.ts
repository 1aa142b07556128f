/**
 * Seats: joining a class, and taking a seat back. A browser that already holds a seat's token gets that
 * seat again (never a second one); another device gets it with the seat's resume code, which replaces
 * the token (the old device then has to resume too). Codes and tokens are stored only hashed.
 */
import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";

import { hashResumeCode, newPublicId, newResumeCode } from "../security/codes";
import { hashSecret, newSecret } from "../security/secrets";
import { type ClassRecord, classColumns } from "./classes";
import type { Db } from "./client";
import { classes, students } from "./schema";

export type Seat = { id: number; publicId: string; name: string };

export type JoinResult =
  | {
      ok: true;
      class: ClassRecord;
      student: Seat;
      studentToken: string;
      /** True when a token the browser sent was already a seat of this class: nothing was created. */
      resumed: boolean;
      /** Only for a new seat: shown once, stored hashed. */
      resumeCode?: string;
    }
  | { ok: false; reason: "unknown-code" | "closed" }
  | { ok: false; reason: "full"; maxStudents: number };

const seatColumns = { id: students.id, publicId: students.publicId, name: students.name };

/**
 * Adds a student to the open class with this (normalised) code, unless one of `studentTokens` (the
 * seats this browser holds) is already a seat of it: that seat comes back, even when the class is closed
 * or full. The class row is locked while the students are counted, so concurrent joins can never pass
 * its cap together.
 */
export async function joinClass(
  db: Db,
  joinCode: string,
  name: string,
  studentTokens: readonly string[] = [],
): Promise<JoinResult> {
  const studentToken = newSecret();
  const publicId = newPublicId();
  const resumeCode = newResumeCode();
  const held = new Map(studentTokens.map((t) => [hashSecret(t), t]));
  return db.transaction(async (tx) => {
    // FOR UPDATE: a close or a cap change that committed first always wins, and joins queue here.
    const [found] = await tx
      .select(classColumns)
      .from(classes)
      .where(eq(classes.joinCode, joinCode))
      .for("update");
    if (!found) return { ok: false, reason: "unknown-code" };
    if (held.size > 0) {
      const [seat] = await tx
        .select({ ...seatColumns, tokenHash: students.tokenHash })
        .from(students)
        .where(and(eq(students.classId, found.id), inArray(students.tokenHash, [...held.keys()])))
        .limit(1);
      const token = seat && held.get(seat.tokenHash);
      if (seat && token) {
        const { tokenHash: _, ...student } = seat;
        return { ok: true, class: found, student, studentToken: token, resumed: true };
      }
    }
    if (!found.open) return { ok: false, reason: "closed" };
    const [counted] = await tx.select({ n: count() }).from(students).where(eq(students.classId, found.id));
    if ((counted?.n ?? 0) >= found.maxStudents)
      return { ok: false, reason: "full", maxStudents: found.maxStudents };
    const [row] = await tx
      .insert(students)
      .values({
        publicId,
        classId: found.id,
        name,
        tokenHash: hashSecret(studentToken),
        resumeCodeHash: hashResumeCode(found.id, resumeCode),
      })
      .returning({ id: students.id });
    if (!row) return { ok: false, reason: "unknown-code" };
    // The dashboard's version: a new seat changes the roster (the row is already locked).
    await tx
      .update(classes)
      .set({ version: sql`${classes.version} + 1` })
      .where(eq(classes.id, found.id));
    const student = { id: row.id, publicId, name };
    return { ok: true, class: found, student, studentToken, resumed: false, resumeCode };
  });
}

export type ResumeResult =
  | { ok: true; class: ClassRecord; student: Seat; studentToken: string }
  | { ok: false; reason: "unknown-code" | "wrong-resume-code" };

/**
 * The seat with this resume code in the class with this join code, with a fresh token that replaces the
 * old one (a token is stored only hashed, so it cannot be handed out again). Works on a closed class:
 * the student can still read their work.
 */
export async function resumeSeat(db: Db, joinCode: string, resumeCode: string): Promise<ResumeResult> {
  const studentToken = newSecret();
  return db.transaction(async (tx) => {
    const [found] = await tx.select(classColumns).from(classes).where(eq(classes.joinCode, joinCode));
    if (!found) return { ok: false, reason: "unknown-code" };
    const [seat] = await tx
      .update(students)
      .set({ tokenHash: hashSecret(studentToken) })
      .where(
        and(
          eq(students.classId, found.id),
          eq(students.resumeCodeHash, hashResumeCode(found.id, resumeCode)),
        ),
      )
      .returning(seatColumns);
    if (!seat) return { ok: false, reason: "wrong-resume-code" };
    return { ok: true, class: found, student: seat, studentToken };
  });
}
