import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { counterStore, hitCounters, readCounters, sweepCounters } from "./limit-counters";
import { engines, suiteDatabase } from "./testing";

const MINUTE = 60_000;
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe.each(engines)("limit counters on $name", (engine) => {
  const suite = suiteDatabase(engine);

  it("counts hits per key within a window, then starts a new window", async () => {
    const { db } = suite;
    for (let i = 1; i <= 3; i++) {
      const [a] = await hitCounters(db, ["a"], MINUTE, at(i * 1000));
      expect(a).toEqual({ key: "a", count: i, expiresAt: at(1000 + MINUTE) });
    }
    expect(await readCounters(db, ["a", "b"], at(5000))).toEqual([
      { key: "a", count: 3, expiresAt: at(1000 + MINUTE) },
      { key: "b", count: 0, expiresAt: at(5000) },
    ]);
    // The window ends a minute after its first hit; the next hit starts a new one.
    expect((await readCounters(db, ["a"], at(1000 + MINUTE)))[0]?.count).toBe(0);
    const [again] = await hitCounters(db, ["a"], MINUTE, at(2 * MINUTE));
    expect(again).toEqual({ key: "a", count: 1, expiresAt: at(3 * MINUTE) });
  });

  it("hits several keys in one statement, each in its own window", async () => {
    const { db } = suite;
    await hitCounters(db, ["x"], MINUTE, at(0));
    const both = await hitCounters(db, ["x", "y", "x"], MINUTE, at(10_000));
    expect(both).toEqual([
      { key: "x", count: 2, expiresAt: at(MINUTE) },
      { key: "y", count: 1, expiresAt: at(10_000 + MINUTE) },
    ]);
  });

  it("loses no count when many hits race on one key", async () => {
    const { db } = suite;
    const results = await Promise.all(
      Array.from({ length: 40 }, () => hitCounters(db, ["race"], MINUTE, at(0))),
    );
    const counts = results.map((r) => r[0]?.count).sort((p, q) => (p ?? 0) - (q ?? 0));
    expect(counts).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });

  it("sweeps ended windows only, and the store sweeps at most once a period", async () => {
    const { db } = suite;
    await hitCounters(db, ["old"], MINUTE, at(0));
    await hitCounters(db, ["new"], 10 * MINUTE, at(0));
    expect(await sweepCounters(db, at(MINUTE))).toBe(1);
    expect((await readCounters(db, ["new"], at(MINUTE)))[0]?.count).toBe(1);

    const rows = async () =>
      (
        (await db.execute(sql`select count(*)::int as n from limit_counters`)) as unknown as {
          rows: { n: number }[];
        }
      ).rows[0]?.n;
    const store = counterStore(async () => db, MINUTE);
    await store.hit(["k1"], 1000, at(MINUTE)); // sweeps (first hit of this store)
    await store.hit(["k2"], 1000, at(MINUTE + 5000)); // k1 has ended, but no sweep yet
    expect(await rows()).toBe(3);
    await store.hit(["k3"], 1000, at(2 * MINUTE + 1)); // a minute on: k1 and k2 go
    expect(await rows()).toBe(2);
  });
});
