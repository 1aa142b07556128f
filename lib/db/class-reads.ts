/** Reads for the teacher's dashboard and CSV and a student's own work; each sees one snapshot. */
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";

import { type AnswerRow, answerColumns, type ResponseRow, responseColumns } from "./class-work";
import type { Db } from "./client";
import { answers, classes, responses, students } from "./schema";

const snapshot = { isolationLevel: "repeatable read", accessMode: "read only" } as const;

export interface DashboardRows {
  students: { id: string; name: string; joinedAt: Date }[];
  responses: { studentId: string; passageId: string; label: string; note: string | null }[];
  answers: { studentId: string; promptId: string }[];
  /** The class's state in the same snapshot (absent if it was deleted meanwhile). */
  version?: number;
  open?: boolean;
  maxStudents?: number;
}

/** Students (public ids) and their current responses and answers, in the shape buildDashboard takes. */
export async function listForDashboard(db: Db, classId: number): Promise<DashboardRows> {
  return db.transaction(async (tx) => {
    const [state] = await tx
      .select({ version: classes.version, open: classes.open, maxStudents: classes.maxStudents })
      .from(classes)
      .where(eq(classes.id, classId));
    const studentRows = await tx
      .select({ id: students.publicId, name: students.name, joinedAt: students.joinedAt })
      .from(students)
      .where(eq(students.classId, classId))
      .orderBy(asc(students.joinedAt), asc(students.id));
    const responseRows = await tx
      .select({
        studentId: students.publicId,
        passageId: responses.passageId,
        label: responses.label,
        note: responses.note,
      })
      .from(responses)
      .innerJoin(students, eq(students.id, responses.studentId))
      .where(eq(responses.classId, classId))
      .orderBy(asc(responses.id));
    const answerRows = await tx
      .select({ studentId: students.publicId, promptId: answers.promptId })
      .from(answers)
      .innerJoin(students, eq(students.id, answers.studentId))
      .where(eq(answers.classId, classId))
      .orderBy(asc(answers.id));
    return { students: studentRows, responses: responseRows, answers: answerRows, ...state };
  }, snapshot);
}

export interface FeedAnswer {
  studentId: string;
  student: string;
  promptId: string;
  text: string;
  updatedAt: Date;
  /** Where this answer sits in the feed: the class version of its last write, then its row id. */
  seq: number;
  id: number;
}

/**
 * The class's answers written after `after` (a version and row id), oldest first, at most `limit`:
 * one page of the dashboard's answers. A rewritten answer comes again, with its new text and place.
 */
export async function listAnswersAfter(
  db: Db,
  classId: number,
  after: { seq: number; id: number },
  limit: number,
): Promise<FeedAnswer[]> {
  const rows = await db
    .select({
      studentId: students.publicId,
      student: students.name,
      promptId: answers.promptId,
      text: answers.text,
      updatedAt: answers.updatedAt,
      seq: answers.seq,
      id: answers.id,
    })
    .from(answers)
    .innerJoin(students, eq(students.id, answers.studentId))
    .where(
      and(eq(answers.classId, classId), sql`(${answers.seq}, ${answers.id}) > (${after.seq}, ${after.id})`),
    )
    .orderBy(asc(answers.seq), asc(answers.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/** One student's notes on their tags (the roster shows them on demand); null if no such student. */
export async function listStudentNotes(
  db: Db,
  classId: number,
  studentPublicId: string,
): Promise<{ passageId: string; label: string; note: string }[] | null> {
  return db.transaction(async (tx) => {
    const [student] = await tx
      .select({ id: students.id })
      .from(students)
      .where(and(eq(students.classId, classId), eq(students.publicId, studentPublicId)));
    if (!student) return null;
    const rows = await tx
      .select({ passageId: responses.passageId, label: responses.label, note: responses.note })
      .from(responses)
      .where(and(eq(responses.studentId, student.id), sql`${responses.note} is not null`))
      .orderBy(asc(responses.id));
    return rows.flatMap((r) => (r.note ? [{ ...r, note: r.note }] : []));
  }, snapshot);
}

export interface CsvResponseRow extends ResponseRow {
  studentId: string;
  studentName: string;
}

export interface CsvAnswerRow extends AnswerRow {
  studentId: string;
  studentName: string;
}

/** Every current response with its student's name: students in join order, their tags as made. */
export async function listForCsv(db: Db, classId: number): Promise<CsvResponseRow[]> {
  return db
    .select({ studentId: students.publicId, studentName: students.name, ...responseColumns })
    .from(responses)
    .innerJoin(students, eq(students.id, responses.studentId))
    .where(eq(responses.classId, classId))
    .orderBy(asc(students.joinedAt), asc(students.id), asc(responses.createdAt), asc(responses.id));
}

/** Every current answer with its student: students in join order, their answers as first written. */
export async function listAnswersForCsv(db: Db, classId: number): Promise<CsvAnswerRow[]> {
  return db
    .select({ studentId: students.publicId, studentName: students.name, ...answerColumns })
    .from(answers)
    .innerJoin(students, eq(students.id, answers.studentId))
    .where(eq(answers.classId, classId))
    .orderBy(asc(students.joinedAt), asc(students.id), asc(answers.createdAt), asc(answers.id));
}

/** A student's own tags and answers (to restore their screen on another device or after a reload). */
export async function getStudentWork(
  db: Db,
  studentId: number,
): Promise<{ responses: ResponseRow[]; answers: AnswerRow[] }> {
  return db.transaction(async (tx) => {
    const responseRows = await tx
      .select(responseColumns)
      .from(responses)
      .where(eq(responses.studentId, studentId))
      .orderBy(asc(responses.id));
    const answerRows = await tx
      .select(answerColumns)
      .from(answers)
      .where(eq(answers.studentId, studentId))
      .orderBy(asc(answers.id));
    return { responses: responseRows, answers: answerRows };
  }, snapshot);
}
