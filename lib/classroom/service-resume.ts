/**
 * Taking a seat back on another device with its resume code. Wrong resume codes are counted per address
 * (and per class) by a limiter of their own, built with the join limiter's API: an address over its
 * limit is refused before any lookup, so a guesser cannot learn a right code past the limit. Resume
 * codes are never logged. Server-only, framework-free.
 */
import "server-only";
import { getDb, resumeSeat } from "../db";
import { securityEvent } from "../log";
import { sharedCounters } from "./counters";
import { createLogGate } from "./limits";
import { createJoinLimiter } from "./rate-limit";
import type { JoinedSeat } from "./service-join";
import { type Failure, fail, type Result, tooMany } from "./service-support";

/**
 * 10 wrong resume codes per address per 10 minutes (a student mistypes a few; a class behind one NAT
 * rarely resumes at once), 50 per class: ~10^-9 of the 31^8 codes per window and address.
 */
export const RESUME_LIMITS = { perAddress: 10, perCode: 50, windowMs: 10 * 60_000 } as const;
const resumeLimiter = createJoinLimiter({ ...RESUME_LIMITS, prefix: "resume", store: sharedCounters });
const shouldLog = createLogGate(60_000);

function limited(key: string, retryAfterMs: number, failures: number): Failure {
  if (shouldLog(`resume:${key}`))
    securityEvent("join.limited", { address: key, failures, reason: "wrong-resume-codes" });
  return tooMany(retryAfterMs, "Too many wrong resume codes.");
}

export async function resumeByCode(
  joinCode: string,
  resumeCode: string,
  key: string,
  unknownJoinCode: () => Promise<Failure>,
): Promise<Result<JoinedSeat>> {
  // Over the limit, refused before any lookup: a guesser cannot learn a right code past it.
  const wait = await resumeLimiter.waitFor(key);
  if (wait > 0) return limited(key, wait, RESUME_LIMITS.perAddress);
  const resumed = await resumeSeat(await getDb(), joinCode, resumeCode);
  if (!resumed.ok) {
    if (resumed.reason === "unknown-code") return unknownJoinCode();
    const decision = await resumeLimiter.recordFailure(key, joinCode);
    if (!decision.allowed) return limited(key, decision.retryAfterMs, decision.failures);
    securityEvent("join.resume-refused", { address: key, failures: decision.failures });
    return fail(404, "No seat in this activity has this resume code. Check it, or join with your name.");
  }
  const classId = resumed.class.publicId;
  securityEvent("join.resumed", { classId, studentId: resumed.student.publicId });
  return {
    ok: true,
    status: 200,
    value: {
      classId,
      studentId: resumed.student.publicId,
      studentToken: resumed.studentToken,
      comparison: resumed.class.comparison,
      name: resumed.student.name,
      resumed: true,
    },
  };
}
