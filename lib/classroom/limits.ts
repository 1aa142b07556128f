/**
 * Limiters shared by the class routes (injectable clock): a window limit counted in the shared store
 * (the database, so all instances agree), and two in-memory helpers that may stay per process: a slow
 * lane that spaces one key's requests, and a gate that keeps a flood of refusals from becoming a flood
 * of log lines.
 */
import type { CounterStore } from "../db/limit-counters";

export interface WindowLimitOptions {
  /** Requests allowed per key within one window. */
  limit: number;
  /** A fixed window, starting at a key's first request. */
  windowMs: number;
  store: CounterStore;
  now?: () => number;
}

export interface LimitDecision {
  allowed: boolean;
  /** 0 when allowed; else the wait until the key's window ends (for Retry-After). */
  retryAfterMs: number;
}

/**
 * `limit` requests per key per window, counted in the shared store: every server instance sees the same
 * counts. Refused requests count too but never extend the window, so waiting always works.
 */
export function createWindowLimit({ limit, windowMs, store, now = Date.now }: WindowLimitOptions) {
  return {
    async take(key: string): Promise<LimitDecision> {
      const t = now();
      const [counter] = await store.hit([key], windowMs, new Date(t));
      if (!counter || counter.count <= limit) return { allowed: true, retryAfterMs: 0 };
      return { allowed: false, retryAfterMs: Math.max(1, counter.expiresAt.getTime() - t) };
    },
  };
}

export interface SlowLaneOptions {
  /** One request per key per this many ms at most. */
  spacingMs: number;
  /** A request that would wait longer is refused (the queue is full). */
  maxWaitMs: number;
  maxKeys?: number;
  now?: () => number;
}

/**
 * Spaces the requests of one key: each reserves the next free slot and waits for it. Nobody is refused
 * unless the wait would exceed maxWaitMs, i.e. unless that key is sending faster than the lane drains.
 */
export function createSlowLane({ spacingMs, maxWaitMs, maxKeys = 50_000, now = Date.now }: SlowLaneOptions) {
  const nextSlot = new Map<string, number>();
  return {
    /** Milliseconds to wait before going ahead, or null when the lane is full. */
    reserve(key: string): number | null {
      const t = now();
      const slot = Math.max(t, nextSlot.get(key) ?? 0);
      if (slot - t > maxWaitMs) return null;
      nextSlot.delete(key);
      if (nextSlot.size >= maxKeys) {
        for (const [k, at] of nextSlot) if (at <= t || nextSlot.size >= maxKeys) nextSlot.delete(k);
      }
      nextSlot.set(key, slot + spacingMs);
      return slot - t;
    },
    size: () => nextSlot.size,
  };
}

/** True at most once per key per `everyMs`: one log line per limited client per minute, not per request. */
export function createLogGate(everyMs: number, maxKeys = 10_000, now = Date.now) {
  const last = new Map<string, number>();
  return (key: string): boolean => {
    const t = now();
    const at = last.get(key);
    if (at !== undefined && t - at < everyMs) return false;
    last.delete(key);
    if (last.size >= maxKeys) last.delete(last.keys().next().value ?? "");
    last.set(key, t);
    return true;
  };
}
