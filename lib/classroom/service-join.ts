/**
 * Joining with a code. The code is looked up first, so a right code always gets in, however many wrong
 * ones came from the same address (a school behind one NAT, a prankster). Only wrong codes count:
 * past the limit they answer 429 instead of 404, and the address's lookups go through a slow lane
 * (one per half second), so a guesser from one address cannot probe faster than that, while a student
 * with the right code from the same address waits at most a moment. Server-only, framework-free.
 */
import "server-only";
import { getDb, joinClass } from "../db";
import { securityEvent } from "../log";
import { normalizeJoinCode } from "../security/codes";
import { sharedCounters } from "./counters";
import { createLogGate, createSlowLane } from "./limits";
import { addressKey, createJoinLimiter, DEFAULT_JOIN_LIMITS } from "./rate-limit";
import { joinSchema } from "./schema";
import { resumeByCode } from "./service-resume";
import { CLOSED, fail, type Result, tooMany } from "./service-support";

/** Failed join attempts per address and per code, counted in the database (shared by all instances). */
const joinLimiter = createJoinLimiter({ ...DEFAULT_JOIN_LIMITS, store: sharedCounters });
/**
 * Per process (the slow lane only spaces requests; the counts that trigger it are shared).
 * 2 lookups a second per limited address: ~170,000 a day, against 8.9e8 codes (vs ~55 a second
 * unthrottled on a small server). A class of 30 joining at that moment waits 15 s at most.
 */
export const JOIN_SLOW_LANE = { spacingMs: 500, maxWaitMs: 30_000 } as const;
const slowLane = createSlowLane(JOIN_SLOW_LANE);
const shouldLog = createLogGate(60_000);

const UNKNOWN_CODE = fail(404, "No activity has this join code. Check it with your teacher.");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface JoinedSeat {
  classId: string;
  studentId: string;
  studentToken: string;
  comparison: string;
  name: string;
  /** The seat existed: this browser's token (200) or a resume code (200, with a new token). */
  resumed: boolean;
  /** New seats only (201): to take the seat back on another device. */
  resumeCode?: string;
}

export async function joinActivity(body: unknown, address: string): Promise<Result<JoinedSeat>> {
  const raw = (body as { joinCode?: unknown } | null)?.joinCode;
  const code = typeof raw === "string" ? normalizeJoinCode(raw.slice(0, 64)).slice(0, 32) : "";
  const key = addressKey(address);
  const failures = await joinLimiter.failures(key);
  if (failures >= DEFAULT_JOIN_LIMITS.perAddress) {
    const wait = slowLane.reserve(key);
    if (wait === null) {
      if (shouldLog(`lane:${key}`))
        securityEvent("join.limited", { address: key, failures, reason: "lane-full" });
      return tooMany(JOIN_SLOW_LANE.spacingMs, "Too many join attempts from your network at once.");
    }
    await sleep(wait);
  }
  const parsed = joinSchema.safeParse(body);
  if (!parsed.success) {
    const badCode = parsed.error.issues.some((i) => i.path[0] === "joinCode");
    if (badCode) {
      const refused = await wrongCode(key, code);
      if (refused) return refused;
    }
    const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }));
    const detail = issues
      .slice(0, 5)
      .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
      .join("; ");
    return { ...fail(400, `Invalid request. ${detail}`), issues };
  }
  const { joinCode, name, resumeCode, studentTokens } = parsed.data;
  if (resumeCode !== undefined)
    return resumeByCode(joinCode, resumeCode, key, async () => (await wrongCode(key, code)) ?? UNKNOWN_CODE);
  const joined = await joinClass(await getDb(), joinCode, name ?? "", studentTokens);
  if (!joined.ok) {
    if (joined.reason === "closed") return CLOSED;
    if (joined.reason === "full")
      return fail(
        409,
        `This activity is full (${joined.maxStudents} students). Ask your teacher to allow more students.`,
      );
    return (await wrongCode(key, code)) ?? UNKNOWN_CODE;
  }
  return {
    ok: true,
    status: joined.resumed ? 200 : 201,
    value: {
      classId: joined.class.publicId,
      studentId: joined.student.publicId,
      studentToken: joined.studentToken,
      comparison: joined.class.comparison,
      name: joined.student.name,
      resumed: joined.resumed,
      ...(joined.resumeCode ? { resumeCode: joined.resumeCode } : {}),
    },
  };
}

/** Counts a wrong code; a 429 when this address (or this code) is already over its limit. */
async function wrongCode(key: string, code: string): Promise<ReturnType<typeof fail> | null> {
  const { allowed, failures, retryAfterMs } = await joinLimiter.recordFailure(key, code);
  if (!allowed) {
    if (shouldLog(`limit:${key}`))
      securityEvent("join.limited", { address: key, failures, reason: "wrong-codes" });
    return tooMany(retryAfterMs, "Too many wrong join codes.");
  }
  securityEvent("join.code-refused", { address: key, failures });
  return null;
}
