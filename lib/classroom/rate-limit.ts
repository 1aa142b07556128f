/**
 * In-memory limiter for failed join attempts (wrong codes). Only failures count, and the service looks
 * the code up before asking it, so a right code is never refused (see joinActivity); over the limit a
 * wrong code answers 429 instead of 404. Per process: with several server instances each keeps its own
 * counts (limits scale with them).
 */

export interface JoinLimiterOptions {
  /** Failed attempts allowed per address within the window (a school NAT shares one, so allow typos). */
  perAddress: number;
  /**
   * Failed attempts allowed per attempted code within the window, across all addresses: stops a botnet
   * hammering one code (e.g. a leaked code of a deleted class). Random guessing across codes is bounded
   * by the code space (31^6) together with the per-address limit.
   */
  perCode: number;
  windowMs: number;
  /** Most keys kept; beyond it expired keys go first, then the least recently failed. */
  maxKeys?: number;
  now?: () => number;
}

/**
 * Defaults: 30 wrong codes per address per 10 minutes leaves room for a whole class's typos behind one
 * school address; past it, wrong codes answer 429 and the address's lookups are slowed (joinSlowLane).
 */
export const DEFAULT_JOIN_LIMITS = { perAddress: 30, perCode: 20, windowMs: 10 * 60_000 } as const;

export interface LimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise when the oldest counted failure leaves the window (for Retry-After). */
  retryAfterMs: number;
}

export interface JoinLimiter {
  /** Whether more wrong codes from this address (or for this code) are refused now. */
  check(address: string, code: string): LimitDecision;
  /** Wrong codes from this address within the window (at most perAddress are kept). */
  failures(address: string): number;
  /** Call after a lookup that found no class for the code, and for codes that fail joinCodeSchema. */
  recordFailure(address: string, code: string): void;
  /** Keys currently held (for tests and metrics). */
  size(): number;
}

/** The key per-client limits count under (IPv6 by /56): see lib/security/client-address.ts. */
export { addressKey } from "../security/client-address";

/**
 * Sliding-window log: each key keeps the times of its last `limit` failures (never more), so memory is
 * bounded by maxKeys × limit timestamps. A refused attempt is not recorded, so waiting always works.
 */
export function createJoinLimiter(options: JoinLimiterOptions): JoinLimiter {
  const { perAddress, perCode, windowMs, maxKeys = 50_000, now = Date.now } = options;
  // Map order is recency order: a key is re-inserted on every failure.
  const failures = new Map<string, number[]>();

  function recent(key: string, t: number): number[] {
    const times = failures.get(key);
    if (!times) return [];
    const kept = times.filter((at) => at > t - windowMs);
    if (kept.length === 0) failures.delete(key);
    else if (kept.length !== times.length) failures.set(key, kept);
    return kept;
  }

  function decide(key: string, limit: number, t: number): number {
    const times = recent(key, t);
    if (times.length < limit) return 0;
    const oldest = times[times.length - limit] ?? t;
    return Math.max(1, oldest + windowMs - t);
  }

  function evict(t: number): void {
    for (const key of failures.keys()) {
      if (failures.size < maxKeys) return;
      recent(key, t);
    }
    for (const key of failures.keys()) {
      if (failures.size < maxKeys) return;
      failures.delete(key);
    }
  }

  function add(key: string, limit: number, t: number): void {
    const times = [...recent(key, t), t].slice(-limit);
    failures.delete(key);
    if (failures.size >= maxKeys) evict(t);
    failures.set(key, times);
  }

  return {
    check(address, code) {
      const t = now();
      const wait = Math.max(decide(`a:${address}`, perAddress, t), decide(`c:${code}`, perCode, t));
      return { allowed: wait === 0, retryAfterMs: wait };
    },
    failures: (address) => recent(`a:${address}`, now()).length,
    recordFailure(address, code) {
      const t = now();
      add(`a:${address}`, perAddress, t);
      add(`c:${code}`, perCode, t);
    },
    size: () => failures.size,
  };
}
