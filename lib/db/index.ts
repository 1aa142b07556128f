/** Storage of imported comparisons and class activities: the one entry point (server only). */
import "server-only";

export {
  type AlignmentCorrection,
  alignmentCorrectionSchema,
  type Link,
  linkSchema,
  type NewComparison,
  newComparisonSchema,
  type ParsedNewComparison,
} from "../corpus/input-schema";
export { UnknownPassagesError, updateAlignment } from "./alignment";
export { type BatchOutcome, type WorkInput, writeStudentBatch } from "./class-batch";
export {
  type CsvAnswerRow,
  type CsvResponseRow,
  type DashboardRows,
  type FeedAnswer,
  getStudentWork,
  listAnswersAfter,
  listAnswersForCsv,
  listForCsv,
  listForDashboard,
  listStudentNotes,
} from "./class-reads";
export { type JoinResult, joinClass, resumeSeat } from "./class-seats";
export {
  type AnswerRow,
  type Author,
  deleteResponse,
  type ResponseRow,
  upsertAnswer,
  upsertResponse,
  type WriteOutcome,
} from "./class-work";
export {
  type AuthResult,
  authenticate,
  type ClassRecord,
  type ClassSetup,
  classSetup,
  createClass,
  deleteClass,
  findClassByJoinCode,
  type NewClass,
  type Principal,
  setOpen,
} from "./classes";
export {
  type Db,
  type DbHandle,
  type DbTarget,
  DEFAULT_MIGRATIONS_FOLDER,
  defaultTarget,
  getDb,
  type OpenOptions,
  openDb,
} from "./client";
export {
  checkEditKey,
  type DeleteOutcome,
  deleteStoredComparison,
  type EditAccess,
  type ImportStatus,
  importStatus,
} from "./comparison-owner";
export { getStoredComparison, type SaveOptions, saveComparison } from "./comparisons";
export { DataFolderInUseError, isDataFolderInUse, lockDataFolder } from "./folder-lock";
export { getStoredSuggestions, type StoredSuggestions } from "./suggestions";
