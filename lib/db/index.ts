/** Storage of imported comparisons: the one entry point (server only). */
export { UnknownPassagesError, updateAlignment } from "./alignment";
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
  deleteStoredComparison,
  getStoredComparison,
  listStoredComparisons,
  type SaveOptions,
  saveComparison,
} from "./comparisons";
export {
  type AlignmentCorrection,
  alignmentCorrectionSchema,
  type Link,
  linkSchema,
  type NewComparison,
  newComparisonSchema,
  type ParsedNewComparison,
} from "./schema-input";
