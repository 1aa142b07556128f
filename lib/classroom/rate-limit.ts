/**
 * Limiter for failed join attempts (wrong codes). Only failures count, and the service looks the code up
 * before asking it, so a right code is never refused (see joinActivity); over the limit a wrong code
 * answers 429 instead of 404. The counts live in the shared counter store (the database), so several
 * server instances limit a client as one server would, and a restart does not forget them.
 */
import type { CounterStore } from "../db/limit-counters";
import type { LimitDecision } from "./limits";

export type { LimitDecision };

export interface JoinLimiterOptions {
  /** Failed attempts allowed per address within the window (a school NAT shares one, so allow typos). */
  perAddress: number;
  /**
   * Failed attempts allowed per attempted code within the window, across all addresses: stops a botnet
   * hammering one code (e.g. a leaked code of a deleted class). Random guessing across codes is bounded
   * by the code space (31^6) together with the per-address limit.
   */
  perCode: number;
  /** A fixed window, starting at a key's first failure. */
  windowMs: number;
  store: CounterStore;
  /** Names this limiter's counters, so two limiters (join codes, resume codes) never share counts. */
  prefix?: string;
  now?: () => number;
}

/**
 * Defaults: 30 wrong codes per address per 10 minutes leaves room for a whole class's typos behind one
 * school address; past it, wrong codes answer 429 and the address's lookups are slowed (joinSlowLane).
 */
export const DEFAULT_JOIN_LIMITS = { perAddress: 30, perCode: 20, windowMs: 10 * 60_000 } as const;

export interface JoinLimiter {
  /** Wrong codes from this address within its window. */
  failures(address: string): Promise<number>;
  /** How long until this address may try again (0 while it is within its limit). */
  waitFor(address: string): Promise<number>;
  /**
   * Counts a wrong code (call after a lookup found no class, and for codes that fail joinCodeSchema),
   * and says whether it is still within the limits (404) or over them (429). One atomic statement, so
   * concurrent attempts on several instances get exactly `perAddress` 404s between them.
   */
  recordFailure(address: string, code: string): Promise<LimitDecision & { failures: number }>;
}

/** The key per-client limits count under (IPv6 by /56): see lib/security/client-address.ts. */
export { addressKey } from "../security/client-address";

export function createJoinLimiter(options: JoinLimiterOptions): JoinLimiter {
  const { perAddress, perCode, windowMs, store, prefix = "join", now = Date.now } = options;
  const addressCounter = (address: string) => `${prefix}:a:${address}`;
  // A malformed code is counted too, but the database refuses NUL in a key: anything but A–Z and
  // digits is keyed by its bytes (lone surrogates included), never as typed.
  const codeCounter = (code: string) =>
    `${prefix}:c:${/^[A-Z0-9]*$/.test(code) ? code : `~${Buffer.from(code).toString("base64url")}`}`;
  return {
    async failures(address) {
      const [counter] = await store.read([addressCounter(address)], new Date(now()));
      return counter?.count ?? 0;
    },
    async waitFor(address) {
      const t = now();
      const [counter] = await store.read([addressCounter(address)], new Date(t));
      return counter && counter.count >= perAddress ? Math.max(counter.expiresAt.getTime() - t, 1) : 0;
    },
    async recordFailure(address, code) {
      const t = now();
      const [byAddress, byCode] = await store.hit(
        [addressCounter(address), codeCounter(code)],
        windowMs,
        new Date(t),
      );
      const failures = byAddress?.count ?? 0;
      // A refused attempt still counts, but never extends a window: waiting always works.
      const over = [
        [byAddress, perAddress],
        [byCode, perCode],
      ] as const;
      let wait = 0;
      for (const [counter, limit] of over)
        if (counter && counter.count > limit) wait = Math.max(wait, counter.expiresAt.getTime() - t, 1);
      return { allowed: wait === 0, retryAfterMs: wait, failures };
    },
  };
}
