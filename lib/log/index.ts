/**
 * The server's log: one JSON line per event on stdout (pino), for an operator's log collector. Security
 * events (refused tokens and codes, limits hit, deletions) go here with ids and counts only: never a
 * token, a join code, an edit key or a person's text.
 */
import "server-only";
import pino from "pino";
import { errorFields } from "./error-fields";

export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  base: { app: "parallax" },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export type SecurityEvent =
  | "class.deleted"
  | "class.token-refused"
  | "comparison.deleted"
  | "comparison.key-refused"
  | "compute.stopped"
  | "create.limited"
  | "join.code-refused"
  | "join.limited"
  | "join.resume-refused"
  | "join.resumed"
  | "student.removed"
  | "student.write-limited"
  | "teacher.token-rotated";

/** Fields are ids, counts and reasons; callers must never pass secrets or user text. */
export type SecurityFields = Record<string, string | number | boolean | undefined>;

export function securityEvent(event: SecurityEvent, fields: SecurityFields = {}): void {
  log.warn({ kind: "security", event, ...fields });
}

/** An unexpected error, logged without the secrets and texts its message may carry. */
export function logError(where: string, error: unknown, fields: SecurityFields = {}): void {
  log.error({ where, ...fields, err: errorFields(error) });
}
