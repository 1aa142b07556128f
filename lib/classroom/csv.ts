/** CSV export of an activity (RFC 4180), safe to open in a spreadsheet. Framework-free. */

/**
 * Spreadsheets run a cell starting with = + - @ (or tab/CR, which some strip first) as a formula, so a
 * student's note could call out to the network on the teacher's machine. A leading ' makes it text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prepend to a download so Excel reads it as UTF-8 (other tools ignore it). */
export const CSV_BOM = "\uFEFF";

export function escapeCsvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Header row and rows, CRLF-terminated lines as RFC 4180 asks (Excel reads them as rows too). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => `${row.map(escapeCsvField).join(",")}\r\n`).join("");
}

export interface ResponseCsvRow {
  classId: string;
  classTitle: string;
  /** The student's public id: tells apart two students who typed the same name. */
  studentId: string;
  studentName: string;
  /** The document the passage belongs to ("news", "opinion", "comment-3"). */
  documentId: string;
  passageId: string;
  /** The passage text; exported shortened, so a row can be read without the reader open. */
  passageText: string;
  /** The label's name as students saw it ("Claim to check"). */
  label: string;
  note: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/**
 * Columns, one row per current response (a removed tag has no row):
 * class_id, class_title, student_id, student (display name as typed), document, passage (id),
 * passage_excerpt (first 80 characters), label (its name), note (empty when none), created_at,
 * updated_at (ISO 8601 UTC).
 */
export const RESPONSE_CSV_HEADER = [
  "class_id",
  "class_title",
  "student_id",
  "student",
  "document",
  "passage",
  "passage_excerpt",
  "label",
  "note",
  "created_at",
  "updated_at",
] as const;

export const EXCERPT_LENGTH = 80;

export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat); // by code point, so a surrogate pair is never cut in half
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("")}…`;
}

function iso(value: Date | string): string {
  return typeof value === "string" ? value : value.toISOString();
}

export function responsesToCsv(rows: readonly ResponseCsvRow[]): string {
  return toCsv(
    RESPONSE_CSV_HEADER,
    rows.map((r) => [
      r.classId,
      r.classTitle,
      r.studentId,
      r.studentName,
      r.documentId,
      r.passageId,
      excerpt(r.passageText),
      r.label,
      r.note ?? "",
      iso(r.createdAt),
      iso(r.updatedAt),
    ]),
  );
}

export interface AnswerCsvRow {
  classId: string;
  classTitle: string;
  studentId: string;
  studentName: string;
  promptId: string;
  promptText: string;
  text: string;
  updatedAt: Date | string;
}

/** Columns: class_id, class_title, student_id, student, prompt (id), prompt_text, answer, updated_at. */
export const ANSWER_CSV_HEADER = [
  "class_id",
  "class_title",
  "student_id",
  "student",
  "prompt",
  "prompt_text",
  "answer",
  "updated_at",
] as const;

export function answersToCsv(rows: readonly AnswerCsvRow[]): string {
  return toCsv(
    ANSWER_CSV_HEADER,
    rows.map((r) => [
      r.classId,
      r.classTitle,
      r.studentId,
      r.studentName,
      r.promptId,
      r.promptText,
      r.text,
      iso(r.updatedAt),
    ]),
  );
}

/**
 * A download name from the activity's title and creation date: ASCII letters, digits and "-" only
 * (safe in a Content-Disposition header and on every file system), e.g. "period-3-2025-03-01-tags.csv".
 */
export function csvFilename(title: string, createdAt: Date, kind: "tags" | "answers"): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${base || "activity"}-${createdAt.toISOString().slice(0, 10)}-${kind}.csv`;
}
