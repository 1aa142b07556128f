import { describe, expect, it } from "vitest";
import { createJoinLimiter } from "./rate-limit";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const MINUTE = 60_000;

describe("join limiter", () => {
  it("never refuses a whole school joining with the right code from one address", () => {
    const c = clock();
    const limiter = createJoinLimiter({ perAddress: 10, perCode: 10, windowMs: 10 * MINUTE, now: c.now });
    for (let i = 0; i < 300; i++) {
      expect(limiter.check("203.0.113.7", "AB3K7Q").allowed).toBe(true);
      c.advance(200); // 300 joins within a minute; successes are never recorded
    }
    expect(limiter.size()).toBe(0);
  });

  it("refuses an address after N wrong codes, with a retry time, until the window passes", () => {
    const c = clock();
    const limiter = createJoinLimiter({ perAddress: 5, perCode: 100, windowMs: 10 * MINUTE, now: c.now });
    for (let i = 0; i < 5; i++) {
      expect(limiter.check("198.51.100.1", `WRONG${i}`).allowed).toBe(true);
      limiter.recordFailure("198.51.100.1", `WRONG${i}`);
      c.advance(MINUTE);
    }
    expect(limiter.failures("198.51.100.1")).toBe(5);
    const refused = limiter.check("198.51.100.1", "AB3K7Q");
    expect(refused.allowed).toBe(false);
    // The first failure (at t0) leaves the window at t0 + 10 min; it is now t0 + 5 min.
    expect(refused.retryAfterMs).toBe(5 * MINUTE);
    expect(limiter.check("198.51.100.2", "AB3K7Q")).toEqual({ allowed: true, retryAfterMs: 0 });
    c.advance(refused.retryAfterMs);
    expect(limiter.check("198.51.100.1", "AB3K7Q").allowed).toBe(true);
  });

  it("lets a school with a few typos keep joining", () => {
    const c = clock();
    const limiter = createJoinLimiter({ perAddress: 30, perCode: 20, windowMs: 10 * MINUTE, now: c.now });
    for (let i = 0; i < 300; i++) {
      expect(limiter.check("school", "AB3K7Q").allowed).toBe(true);
      if (i % 20 === 0) limiter.recordFailure("school", "AB3K7O"); // 15 typos
      c.advance(200);
    }
  });

  it("catches one code tried from many addresses", () => {
    const c = clock();
    const limiter = createJoinLimiter({ perAddress: 5, perCode: 20, windowMs: MINUTE, now: c.now });
    for (let i = 0; i < 20; i++) {
      expect(limiter.check(`10.0.0.${i}`, "ZZZZZZ").allowed).toBe(true);
      limiter.recordFailure(`10.0.0.${i}`, "ZZZZZZ");
    }
    const refused = limiter.check("10.0.1.1", "ZZZZZZ");
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBe(MINUTE);
    expect(limiter.check("10.0.1.1", "AB3K7Q").allowed).toBe(true);
  });

  it("keeps memory bounded, dropping expired keys first", () => {
    const c = clock();
    const limiter = createJoinLimiter({
      perAddress: 3,
      perCode: 3,
      windowMs: MINUTE,
      maxKeys: 100,
      now: c.now,
    });
    for (let i = 0; i < 1_000; i++) {
      limiter.recordFailure(`a${i}`, `C${i}`);
      c.advance(10);
      expect(limiter.size()).toBeLessThanOrEqual(100);
    }
    // The most recent attacker is still counted.
    for (let i = 0; i < 3; i++) limiter.recordFailure("a999", "X");
    expect(limiter.check("a999", "Y").allowed).toBe(false);
  });

  it("stores at most `limit` timestamps per key, however many failures", () => {
    const c = clock();
    const limiter = createJoinLimiter({ perAddress: 2, perCode: 2, windowMs: MINUTE, now: c.now });
    for (let i = 0; i < 50; i++) limiter.recordFailure("a", "C");
    expect(limiter.size()).toBe(2);
    c.advance(MINUTE);
    expect(limiter.check("a", "C").allowed).toBe(true);
    expect(limiter.size()).toBe(0);
  });
});
