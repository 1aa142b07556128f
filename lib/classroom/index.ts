/**
 * Class activities: join codes and secrets, labels and prompts, input schemas, setup checks, the join
 * limiter, CSV export and the teacher dashboard. Server-side entry point (node:crypto, zod); client code
 * imports types, or the files without server-only (labels, prompts, dashboard) directly.
 */
import "server-only";

export {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  joinCodeSchema,
  newJoinCode,
  newPublicId,
  normalizeJoinCode,
} from "../security/codes";
export {
  type Agreement,
  compareWithEditors,
  type FrameComparison,
  type TopicCoverage,
} from "./agreement";
export {
  ANSWER_CSV_HEADER,
  type AnswerCsvRow,
  answersToCsv,
  CSV_BOM,
  escapeCsvField,
  excerpt,
  RESPONSE_CSV_HEADER,
  type ResponseCsvRow,
  responsesToCsv,
  toCsv,
} from "./csv";
export { buildDashboard, type Dashboard, type DashboardInput } from "./dashboard";
export { type ActivityLabel, defaultLabels, frameLabelId, frameOfLabel, framesUsed } from "./labels";
export { type ActivityPrompt, defaultPrompts, GENERIC_PROMPTS } from "./prompts";
export {
  addressKey,
  createJoinLimiter,
  DEFAULT_JOIN_LIMITS,
  type JoinLimiter,
  type JoinLimiterOptions,
  type LimitDecision,
} from "./rate-limit";
export * from "./schema";
export {
  type ActivitySetup,
  answerTargetError,
  passageIdsOf,
  resolveActivity,
  responseTargetError,
  type SetupResult,
} from "./setup";
