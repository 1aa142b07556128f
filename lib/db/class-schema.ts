/**
 * Tables for class activities. Row ids are internal; URLs carry the random `public_id`s. Secrets are
 * never stored: only `hashSecret(token)`, looked up by equality (a unique index), so a token is never
 * compared character by character.
 */
import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";

/** A label students tag passages with (lib/classroom/labels.ts builds the default set). */
export interface ActivityLabel {
  /** Kebab-case, stable: stored with each response and used as the CSV value. */
  id: string;
  label: string;
  description: string;
}

/** A discussion prompt (lib/classroom/prompts.ts draws them from the framing lens). */
export interface ActivityPrompt {
  /** Stable across calls for the same comparison, so answers keep pointing at their prompt. */
  id: string;
  /** The topic the prompt is about, or null for prompts about the texts as a whole. */
  topic: string | null;
  text: string;
  /** What the prompt refers to (the claim to trace), shown above it; absent for self-contained prompts. */
  context?: string;
}

const at = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

export const classes = pgTable(
  "classes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    publicId: text("public_id").notNull().unique("classes_public_id_uq"),
    // A seed slug (not in the database) or an imported comparison's slug: no foreign key, so
    // deleteStoredComparison deletes an import's classes itself.
    comparison: text("comparison").notNull(),
    title: text("title").notNull(),
    joinCode: text("join_code").notNull().unique("classes_join_code_uq"),
    teacherTokenHash: text("teacher_token_hash").notNull().unique("classes_teacher_token_uq"),
    open: boolean("open").notNull().default(true),
    // How many students may join; the teacher can raise it (a leaked code cannot flood the class).
    maxStudents: integer("max_students").notNull().default(100),
    // The topics whose passages students see; empty: the whole texts, every passage (no extra column).
    topics: jsonb("topics").$type<string[]>().notNull(),
    prompts: jsonb("prompts").$type<ActivityPrompt[]>().notNull(),
    labels: jsonb("labels").$type<ActivityLabel[]>().notNull(),
    // Bumped by every change a teacher's dashboard shows (joins, tags, answers, settings): its ETag,
    // and the cursor of answers. Writes bump it under the class row's lock, so versions commit in order.
    version: bigint("version", { mode: "number" }).notNull().default(0),
    createdAt: at("created_at"),
  },
  (t) => [index("classes_comparison_idx").on(t.comparison)],
);

export const students = pgTable(
  "students",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    publicId: text("public_id").notNull().unique("students_public_id_uq"),
    classId: integer("class_id")
      .notNull()
      .references(() => classes.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique("students_token_uq"),
    // hashResumeCode(): lets the student take this seat back on another device. Null for seats made
    // before resume codes existed. Looked up with class_id, so the class's index serves it.
    resumeCodeHash: text("resume_code_hash"),
    joinedAt: at("joined_at"),
  },
  (t) => [
    // Target of the composite keys below: a response's class is its student's class.
    unique("students_class_id_uq").on(t.classId, t.id),
  ],
);

/** A student's tag on a passage: at most one per passage; `client_id` makes retries idempotent. */
export const responses = pgTable(
  "responses",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    classId: integer("class_id").notNull(),
    studentId: integer("student_id").notNull(),
    passageId: text("passage_id").notNull(),
    label: text("label").notNull(),
    note: text("note"),
    clientId: text("client_id").notNull(),
    createdAt: at("created_at"),
    updatedAt: at("updated_at"),
  },
  (t) => [
    foreignKey({
      name: "responses_student_fk",
      columns: [t.classId, t.studentId],
      foreignColumns: [students.classId, students.id],
    }).onDelete("cascade"),
    foreignKey({ name: "responses_class_fk", columns: [t.classId], foreignColumns: [classes.id] }).onDelete(
      "cascade",
    ),
    // Declared (and so indexed) first: upserts name it as the ON CONFLICT target.
    unique("responses_student_passage_uq").on(t.studentId, t.passageId),
    unique("responses_student_client_uq").on(t.studentId, t.clientId),
    index("responses_class_idx").on(t.classId),
  ],
);

/** A student's answer to a prompt: one per prompt, idempotent on `client_id` like responses. */
export const answers = pgTable(
  "answers",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    classId: integer("class_id").notNull(),
    studentId: integer("student_id").notNull(),
    promptId: text("prompt_id").notNull(),
    text: text("text").notNull(),
    clientId: text("client_id").notNull(),
    // The class's version when this answer was last written: the dashboard fetches answers after one.
    seq: bigint("seq", { mode: "number" }).notNull().default(0),
    createdAt: at("created_at"),
    updatedAt: at("updated_at"),
  },
  (t) => [
    foreignKey({
      name: "answers_student_fk",
      columns: [t.classId, t.studentId],
      foreignColumns: [students.classId, students.id],
    }).onDelete("cascade"),
    foreignKey({ name: "answers_class_fk", columns: [t.classId], foreignColumns: [classes.id] }).onDelete(
      "cascade",
    ),
    unique("answers_student_prompt_uq").on(t.studentId, t.promptId),
    unique("answers_student_client_uq").on(t.studentId, t.clientId),
    index("answers_class_seq_idx").on(t.classId, t.seq),
  ],
);
