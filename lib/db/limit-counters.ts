/**
 * The shared counter store behind the rate limits: fixed windows in the `limit_counters` table. A hit is
 * one upsert-and-return statement, so two server processes counting the same key at once never lose a
 * count, and every instance (and a restarted one) sees the same numbers. Server-only.
 */
import "server-only";
import { and, gt, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "./client";
import { limitCounters } from "./limit-schema";

export interface Counter {
  key: string;
  /** Hits within the current window. */
  count: number;
  /** When the current window ends (the count starts again from zero). */
  expiresAt: Date;
}

const stamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;

/**
 * Adds one to each key's count and returns the counts after. A key without a running window (none yet,
 * or its window ended) starts a new one of `windowMs` from `now`.
 */
export async function hitCounters(
  db: Db,
  keys: readonly string[],
  windowMs: number,
  now: Date = new Date(),
): Promise<Counter[]> {
  const unique = [...new Set(keys)];
  const counters = await hitCountersBy(db, new Map(unique.map((key) => [key, 1])), windowMs, now);
  return unique.map((key) => {
    const counter = counters.get(key);
    if (!counter) throw new Error("limit counter upsert returned no row");
    return counter;
  });
}

/** Adds `n` to each key's count in one statement (a batch of writes counts each of them). */
export async function hitCountersBy(
  db: Pick<Db, "execute">,
  increments: ReadonlyMap<string, number>,
  windowMs: number,
  now: Date = new Date(),
): Promise<Map<string, Counter>> {
  if (increments.size === 0) return new Map();
  const ends = stamp(new Date(now.getTime() + windowMs));
  const rows = sql.join(
    [...increments].map(([key, n]) => sql`(${key}, ${n}::int, ${ends})`),
    sql`, `,
  );
  const ended = sql`limit_counters.expires_at <= ${stamp(now)}`;
  const result = (await db.execute(sql`
    insert into limit_counters (key, count, expires_at) values ${rows}
    on conflict (key) do update set
      count = case when ${ended} then excluded.count else limit_counters.count + excluded.count end,
      expires_at = case when ${ended} then excluded.expires_at else limit_counters.expires_at end
    returning key, count, expires_at`)) as unknown as {
    rows: { key: string; count: number; expires_at: Date | string }[];
  };
  return new Map(
    result.rows.map((r) => [
      r.key,
      { key: r.key, count: Number(r.count), expiresAt: new Date(r.expires_at) },
    ]),
  );
}

/** The running counts of these keys, without counting (0 for a key with no running window). */
export async function readCounters(
  db: Db,
  keys: readonly string[],
  now: Date = new Date(),
): Promise<Counter[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const rows = await db
    .select()
    .from(limitCounters)
    .where(and(inArray(limitCounters.key, unique), gt(limitCounters.expiresAt, now)));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return unique.map((key) => byKey.get(key) ?? { key, count: 0, expiresAt: now });
}

/** Deletes ended windows; returns how many. Counting never needs it: it only bounds the table. */
export async function sweepCounters(db: Db, now: Date = new Date()): Promise<number> {
  const gone = await db
    .delete(limitCounters)
    .where(lte(limitCounters.expiresAt, now))
    .returning({ key: limitCounters.key });
  return gone.length;
}

/** What the limiters need from the store: counting and reading at a given time. */
export interface CounterStore {
  hit(keys: readonly string[], windowMs: number, now: Date): Promise<Counter[]>;
  read(keys: readonly string[], now: Date): Promise<Counter[]>;
}

/**
 * The store on the app's database. Each process sweeps ended windows at most once per `sweepEveryMs`,
 * after a hit, so the table holds about one window's worth of keys whatever the traffic.
 */
export function counterStore(db: () => Promise<Db>, sweepEveryMs = 60_000): CounterStore {
  let lastSweep = Number.NEGATIVE_INFINITY;
  return {
    async hit(keys, windowMs, now) {
      const handle = await db();
      const counters = await hitCounters(handle, keys, windowMs, now);
      if (now.getTime() - lastSweep >= sweepEveryMs) {
        lastSweep = now.getTime();
        await sweepCounters(handle, now);
      }
      return counters;
    },
    read: async (keys, now) => readCounters(await db(), keys, now),
  };
}
