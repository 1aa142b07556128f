/**
 * Small in-memory limiters shared by the class routes (per process, bounded memory, injectable clock):
 * a token bucket (steady rate plus a burst), a slow lane that spaces one key's requests, and a gate
 * that keeps a flood of refusals from becoming a flood of log lines.
 */

export interface BucketOptions {
  /** Tokens the bucket holds when full: how many requests may come at once. */
  burst: number;
  /** Tokens added per millisecond (e.g. 1/1000 for one a second). */
  perMs: number;
  maxKeys?: number;
  now?: () => number;
}

export interface BucketDecision {
  allowed: boolean;
  /** 0 when allowed; else the wait until one token is back (for Retry-After). */
  retryAfterMs: number;
}

export function createTokenBucket({ burst, perMs, maxKeys = 50_000, now = Date.now }: BucketOptions) {
  // Map order is recency order (re-inserted on each use), so eviction drops the least recent key.
  const buckets = new Map<string, { tokens: number; at: number }>();
  const fullAfterMs = burst / perMs;
  return {
    take(key: string): BucketDecision {
      const t = now();
      const held = buckets.get(key);
      const tokens = held ? Math.min(burst, held.tokens + (t - held.at) * perMs) : burst;
      buckets.delete(key);
      if (buckets.size >= maxKeys) {
        for (const [k, b] of buckets)
          if (t - b.at >= fullAfterMs || buckets.size >= maxKeys) buckets.delete(k);
      }
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: t });
        return { allowed: true, retryAfterMs: 0 };
      }
      buckets.set(key, { tokens, at: t });
      return { allowed: false, retryAfterMs: Math.max(1, Math.ceil((1 - tokens) / perMs)) };
    },
    size: () => buckets.size,
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
