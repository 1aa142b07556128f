import { describe, expect, it } from "vitest";
import { counterStore } from "../db/limit-counters";
import { engines, suiteDatabase } from "../db/testing";
import { createJoinLimiter, type JoinLimiterOptions } from "./rate-limit";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const MINUTE = 60_000;

describe.each(engines)("join limiter on $name", (engine) => {
  const suite = suiteDatabase(engine);
  const limiter = (options: Omit<JoinLimiterOptions, "store">) =>
    createJoinLimiter({ ...options, store: counterStore(async () => suite.db) });

  it("refuses an address after N wrong codes, with a retry time, until the window passes", async () => {
    const c = clock();
    const join = limiter({ perAddress: 5, perCode: 100, windowMs: 10 * MINUTE, now: c.now });
    for (let i = 0; i < 5; i++) {
      expect((await join.recordFailure("198.51.100.1", `WRONG${i}`)).allowed).toBe(true);
      c.advance(MINUTE);
    }
    expect(await join.failures("198.51.100.1")).toBe(5);
    const refused = await join.recordFailure("198.51.100.1", "WRONG5");
    expect(refused.allowed).toBe(false);
    // The window opened with the first failure (t0) and ends at t0 + 10 min; it is now t0 + 5 min.
    expect(refused.retryAfterMs).toBe(5 * MINUTE);
    expect((await join.recordFailure("198.51.100.2", "WRONG6")).allowed).toBe(true);
    c.advance(refused.retryAfterMs);
    expect(await join.failures("198.51.100.1")).toBe(0);
    expect(await join.recordFailure("198.51.100.1", "WRONG7")).toEqual({
      allowed: true,
      retryAfterMs: 0,
      failures: 1,
    });
  });

  it("counts malformed codes, NUL and broken emoji included, each under its own key", async () => {
    const join = limiter({ perAddress: 30, perCode: 2, windowMs: 10 * MINUTE });
    for (const code of ["\u0000👩🏽‍🏫", "\uD83D", "ab-c"]) {
      expect((await join.recordFailure(`odd ${code.length}`, code)).allowed).toBe(true);
      expect((await join.recordFailure(`odd ${code.length}`, code)).allowed).toBe(true);
      expect((await join.recordFailure(`odd ${code.length}`, code)).allowed, code).toBe(false);
    }
  });

  it("lets a school with a few typos keep joining", async () => {
    const c = clock();
    const join = limiter({ perAddress: 30, perCode: 20, windowMs: 10 * MINUTE, now: c.now });
    for (let i = 0; i < 15; i++) {
      expect((await join.recordFailure("school", "AB3K7O")).allowed).toBe(true);
      c.advance(4000);
    }
    expect(await join.failures("school")).toBe(15);
  });

  it("catches one code tried from many addresses", async () => {
    const c = clock();
    const join = limiter({ perAddress: 5, perCode: 20, windowMs: MINUTE, now: c.now });
    for (let i = 0; i < 20; i++)
      expect((await join.recordFailure(`10.0.0.${i}`, "ZZZZZZ")).allowed).toBe(true);
    const refused = await join.recordFailure("10.0.1.1", "ZZZZZZ");
    expect(refused).toEqual({ allowed: false, retryAfterMs: MINUTE, failures: 1 });
    expect((await join.recordFailure("10.0.1.1", "YYYYYY")).allowed).toBe(true);
  });

  it("two processes (two stores on one database) share the counts", async () => {
    const c = clock();
    const options = { perAddress: 4, perCode: 100, windowMs: MINUTE, now: c.now };
    const [one, two] = [limiter(options), limiter(options)];
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? one : two).recordFailure("203.0.113.9", `W${i}`)),
    );
    // Exactly perAddress wrong codes get their 404 between the two, however the hits interleave.
    expect(answers.filter((a) => a.allowed)).toHaveLength(4);
    expect(await two.failures("203.0.113.9")).toBe(10);
  });
});
