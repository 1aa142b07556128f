/**
 * The repository of class activities: classes, students, authentication. Tokens are made here, handed
 * back once, and stored only as hashSecret(token); every lookup is by hash (an index equality), never a
 * character-by-character comparison of the secret. Writes: one statement or one transaction each.
 */
import "server-only";
import { and, eq, sql } from "drizzle-orm";

import { newJoinCode, newPublicId } from "../security/codes";
import { hashSecret, newSecret } from "../security/secrets";
import type { ActivityLabel, ActivityPrompt } from "./class-schema";
import type { Db } from "./client";
import { classes, comparisons, students } from "./schema";

export interface ClassRecord {
  /** Internal row id (never leaves the server). */
  id: number;
  publicId: string;
  comparison: string;
  title: string;
  joinCode: string;
  open: boolean;
  /** How many students may join (the teacher can change it, up to MAX_STUDENTS_LIMIT). */
  maxStudents: number;
  topics: string[];
  prompts: ActivityPrompt[];
  labels: ActivityLabel[];
  /** Bumped by every change the dashboard shows (class-batch.ts): its ETag and answers' cursor. */
  version: number;
  createdAt: Date;
}

export interface NewClass {
  comparison: string;
  title: string;
  topics: string[];
  prompts: ActivityPrompt[];
  labels: ActivityLabel[];
  /** An imported comparison: the class is only created while it exists (locked against a delete). */
  storedComparison?: boolean;
}

export type Principal =
  | { role: "teacher"; class: ClassRecord }
  | { role: "student"; class: ClassRecord; student: { id: number; publicId: string; name: string } };

export type AuthResult =
  | { ok: true; principal: Principal }
  | { ok: false; reason: "unauthorized" | "not-found" };

export const classColumns = {
  id: classes.id,
  publicId: classes.publicId,
  comparison: classes.comparison,
  title: classes.title,
  joinCode: classes.joinCode,
  open: classes.open,
  maxStudents: classes.maxStudents,
  topics: classes.topics,
  prompts: classes.prompts,
  labels: classes.labels,
  version: classes.version,
  createdAt: classes.createdAt,
};

/** Everything but the settings: what each request reads (the settings come from `settingsOf`). */
const { topics: _t, prompts: _p, labels: _l, ...stateColumns } = classColumns;

type Settings = Pick<ClassRecord, "topics" | "prompts" | "labels">;
/**
 * A class's topics, prompts and labels never change after creation (only `open` does), so each process
 * keeps them: a student's request then reads a small row instead of parsing the prompts' JSON each time.
 */
const settingsCache = new Map<number, Settings>();
const MAX_CACHED_SETTINGS = 2_000;

async function settingsOf(db: Db, classId: number): Promise<Settings | null> {
  const cached = settingsCache.get(classId);
  if (cached) return cached;
  const [row] = await db
    .select({ topics: classes.topics, prompts: classes.prompts, labels: classes.labels })
    .from(classes)
    .where(eq(classes.id, classId));
  if (!row) return null;
  if (settingsCache.size >= MAX_CACHED_SETTINGS) settingsCache.delete(settingsCache.keys().next().value ?? 0);
  settingsCache.set(classId, row);
  return row;
}

export type ClassSetup = Settings & { id: number; comparison: string };
const setupCache = new Map<string, ClassSetup>();

/**
 * What a student's write is checked against (comparison, labels, prompts): fixed at creation, so kept
 * per process by public id. A deleted class may linger here; its writes then find no row to lock.
 */
export async function classSetup(db: Db, publicId: string): Promise<ClassSetup | null> {
  const cached = setupCache.get(publicId);
  if (cached) return cached;
  const [row] = await db
    .select({
      id: classes.id,
      comparison: classes.comparison,
      topics: classes.topics,
      prompts: classes.prompts,
      labels: classes.labels,
    })
    .from(classes)
    .where(eq(classes.publicId, publicId));
  if (!row) return null;
  if (setupCache.size >= MAX_CACHED_SETTINGS) setupCache.delete(setupCache.keys().next().value ?? "");
  setupCache.set(publicId, row);
  return row;
}

const CODE_ATTEMPTS = 20;

/**
 * Stores a class with a fresh join code (unique among classes: a taken one inserts nothing and another
 * is tried) and returns it with its teacher token, the only time the token exists in clear. Null when
 * `storedComparison` is set and the comparison is gone.
 */
export async function createClass(
  db: Db,
  input: NewClass,
): Promise<{ class: ClassRecord; teacherToken: string } | null> {
  const teacherToken = newSecret();
  return db.transaction(async (tx) => {
    if (input.storedComparison) {
      // KEY SHARE: a concurrent delete of the comparison waits for this class, then deletes it too.
      const found = await tx
        .select({ id: comparisons.id })
        .from(comparisons)
        .where(eq(comparisons.slug, input.comparison))
        .for("key share");
      if (found.length === 0) return null;
    }
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
      const [row] = await tx
        .insert(classes)
        .values({
          publicId: newPublicId(),
          comparison: input.comparison,
          title: input.title,
          joinCode: newJoinCode(),
          teacherTokenHash: hashSecret(teacherToken),
          topics: input.topics,
          prompts: input.prompts,
          labels: input.labels,
        })
        .onConflictDoNothing()
        .returning(classColumns);
      if (row) return { class: row, teacherToken };
    }
    throw new Error(`No free join code after ${CODE_ATTEMPTS} attempts`);
  });
}

export async function findClassByJoinCode(db: Db, joinCode: string): Promise<ClassRecord | null> {
  const [row] = await db.select(classColumns).from(classes).where(eq(classes.joinCode, joinCode));
  return row ?? null;
}

/**
 * Who holds `token` for the class with this public id. Unknown class → not-found; a token of this
 * class → its teacher or student; a valid token of another class → not-found too (a member of one class
 * learns nothing about others); any other token → unauthorized.
 */
export async function authenticate(db: Db, classPublicId: string, token: string): Promise<AuthResult> {
  const hash = hashSecret(token);
  const [row] = await db
    .select({
      class: stateColumns,
      isTeacher: sql<boolean>`${classes.teacherTokenHash} = ${hash}`,
      student: { id: students.id, publicId: students.publicId, name: students.name },
    })
    .from(classes)
    .leftJoin(students, and(eq(students.classId, classes.id), eq(students.tokenHash, hash)))
    .where(eq(classes.publicId, classPublicId));
  if (!row) return { ok: false, reason: "not-found" };
  if (row.isTeacher || row.student) {
    const settings = await settingsOf(db, row.class.id);
    if (!settings) return { ok: false, reason: "not-found" };
    const cls = { ...row.class, ...settings };
    return row.student
      ? { ok: true, principal: { role: "student", class: cls, student: row.student } }
      : { ok: true, principal: { role: "teacher", class: cls } };
  }
  // Only after a failed match (rare): is the token valid for some other class?
  const [teacher] = await db
    .select({ id: classes.id })
    .from(classes)
    .where(eq(classes.teacherTokenHash, hash))
    .limit(1);
  const [student] = await db
    .select({ id: students.id })
    .from(students)
    .where(eq(students.tokenHash, hash))
    .limit(1);
  const elsewhere = teacher ?? student;
  return { ok: false, reason: elsewhere ? "not-found" : "unauthorized" };
}

/** Opens or closes the activity and/or sets its student cap; the updated class, or null if it is gone. */
export async function updateClass(
  db: Db,
  classId: number,
  settings: { open?: boolean | undefined; maxStudents?: number | undefined },
): Promise<ClassRecord | null> {
  const set = {
    ...(settings.open === undefined ? {} : { open: settings.open }),
    ...(settings.maxStudents === undefined ? {} : { maxStudents: settings.maxStudents }),
  };
  const query = db
    .update(classes)
    .set({ ...set, version: sql`${classes.version} + 1` })
    .where(eq(classes.id, classId))
    .returning(classColumns);
  const [row] =
    Object.keys(set).length > 0
      ? await query
      : await db.select(classColumns).from(classes).where(eq(classes.id, classId));
  return row ?? null;
}

/** Opens or closes the activity; the updated class, or null if it is gone. */
export const setOpen = (db: Db, classId: number, open: boolean) => updateClass(db, classId, { open });

/** Deletes the class; its students, responses and answers go by cascade. False if it was gone. */
export async function deleteClass(db: Db, classId: number): Promise<boolean> {
  const rows = await db.delete(classes).where(eq(classes.id, classId)).returning({ id: classes.id });
  return rows.length > 0;
}
