/**
 * Per-client limits on creating things (classes, imports) and per-student write rates. Server-only,
 * framework-free; the counts are in the shared counter store (the database), so every server instance
 * sees the same ones. Settings come from the environment at the first request, so one build serves any
 * deployment.
 */
import "server-only";
import { securityEvent } from "../log";
import { addressKey, requestAddress } from "../security/client-address";
import { sharedCounters } from "./counters";
import { createLogGate, createWindowLimit } from "./limits";

const HOUR = 3_600_000;

/**
 * Per client address per hour (a window from the address's first attempt): a teacher preparing a
 * week's activities in one sitting fits (30 classes, 20 imports), a script flooding the store does not.
 * A school behind one address shares it: raise it with the variables below.
 */
export const CREATION_DEFAULTS = { class: 30, import: 20 } as const;
export type CreationKind = keyof typeof CREATION_DEFAULTS;
const ENV: Record<CreationKind, string> = {
  class: "PARALLAX_CLASSES_PER_HOUR",
  import: "PARALLAX_IMPORTS_PER_HOUR",
};

/** A positive whole number from the environment, else the default; a bad value stops the request. */
export function limitFromEnv(
  name: string,
  fallback: number,
  env: Record<string, string | undefined> = process.env,
): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1`);
  return n;
}

type WindowLimit = ReturnType<typeof createWindowLimit>;
const creation = new Map<CreationKind, WindowLimit>();
/** One log line a minute per key at most (e.g. per student over the write rate). */
export const shouldLog = createLogGate(60_000);

function creationLimit(kind: CreationKind): WindowLimit {
  let limit = creation.get(kind);
  if (!limit) {
    const perHour = limitFromEnv(ENV[kind], CREATION_DEFAULTS[kind]);
    limit = createWindowLimit({ limit: perHour, windowMs: HOUR, store: sharedCounters });
    creation.set(kind, limit);
  }
  return limit;
}

/** Reads the creation limits now (at server start), so a bad value fails there, not in a request. */
export function checkLimitSettings(): void {
  for (const kind of Object.keys(CREATION_DEFAULTS) as CreationKind[]) creationLimit(kind);
}

/**
 * 0 when this client may create one more; else the seconds to wait (lib/api/creation-refusal.ts answers
 * 429). Every attempt counts (valid or not): the check runs before the body is read.
 */
export async function creationWait(kind: CreationKind, headers: Pick<Headers, "get">): Promise<number> {
  const address = addressKey(requestAddress(headers));
  const decision = await creationLimit(kind).take(`create:${kind}:${address}`);
  if (decision.allowed) return 0;
  const seconds = Math.ceil(decision.retryAfterMs / 1000);
  if (shouldLog(`${kind}:${address}`))
    securityEvent("create.limited", { kind, address, retryAfter: seconds });
  return seconds;
}

/**
 * A student's writes (tags, untags, answers): 60 a minute covers an outbox flushing a lesson's work
 * after reconnecting (one write per passage or prompt at most; more waits for the next minute), and a
 * student reading and tagging never sustains one a second, while a script with a student token is
 * held to it.
 */
export const STUDENT_WRITES = { limit: 60, windowMs: 60_000 } as const;
const studentWrites = createWindowLimit({ ...STUDENT_WRITES, store: sharedCounters });

/** 0 when the student may write now; else the seconds to wait (logged once a minute per student). */
export async function studentWriteWait(classId: string, studentId: string): Promise<number> {
  const decision = await studentWrites.take(`write:${studentId}`);
  if (decision.allowed) return 0;
  const seconds = Math.ceil(decision.retryAfterMs / 1000);
  if (shouldLog(`s:${studentId}`)) securityEvent("student.write-limited", { classId, studentId });
  return seconds;
}
