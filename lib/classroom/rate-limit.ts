/**
 * In-memory limiter for failed join attempts (wrong codes). Only failures count, so any number of
 * students joining with the right code from one school address is never refused; a typo costs one
 * failure. Per process: with several server instances each keeps its own counts (limits scale with them).
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
 * school address, while a guesser gets ~4,300 tries a day per address against 8.9e8 codes.
 */
export const DEFAULT_JOIN_LIMITS = { perAddress: 30, perCode: 20, windowMs: 10 * 60_000 } as const;

export interface LimitDecision {
  allowed: boolean;
  /** 0 when allowed; otherwise when the oldest counted failure leaves the window (for Retry-After). */
  retryAfterMs: number;
}

export interface JoinLimiter {
  /** Call before looking the code up: a refused caller must not learn whether the code exists. */
  check(address: string, code: string): LimitDecision;
  /** Call after a lookup that found no class for the code, and for codes that fail joinCodeSchema. */
  recordFailure(address: string, code: string): void;
  /** Keys currently held (for tests and metrics). */
  size(): number;
}

/**
 * The limiter key for a client address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 prefix,
 * because one subscriber usually holds a whole /64 and could otherwise rotate addresses for free.
 */
export function addressKey(ip: string): string {
  const address = ip
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!address.includes(":")) return address.slice(0, 64); // keys stay small whatever the header held
  const [head = "", tail = ""] = address.split("::", 2);
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.slice(-4).replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

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
    recordFailure(address, code) {
      const t = now();
      add(`a:${address}`, perAddress, t);
      add(`c:${code}`, perCode, t);
    },
    size: () => failures.size,
  };
}
