import { describe, expect, it } from "vitest";
import { createLogGate, createSlowLane, createTokenBucket } from "./limits";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("token bucket", () => {
  it("allows a burst, then the steady rate, with the wait until the next token", () => {
    const c = clock();
    const bucket = createTokenBucket({ burst: 3, perMs: 1 / 1000, now: c.now });
    for (let i = 0; i < 3; i++) expect(bucket.take("s").allowed).toBe(true);
    expect(bucket.take("s")).toEqual({ allowed: false, retryAfterMs: 1000 });
    c.advance(400);
    expect(bucket.take("s")).toEqual({ allowed: false, retryAfterMs: 600 });
    c.advance(600);
    expect(bucket.take("s").allowed).toBe(true);
    expect(bucket.take("s").allowed).toBe(false);
    // Keys are independent.
    expect(bucket.take("t").allowed).toBe(true);
  });

  it("refills to the burst and no further", () => {
    const c = clock();
    const bucket = createTokenBucket({ burst: 2, perMs: 1 / 1000, now: c.now });
    bucket.take("s");
    c.advance(3_600_000);
    expect(bucket.take("s").allowed).toBe(true);
    expect(bucket.take("s").allowed).toBe(true);
    expect(bucket.take("s").allowed).toBe(false);
  });

  it("holds 30 an hour as 30 at once, then one every two minutes", () => {
    const c = clock();
    const bucket = createTokenBucket({ burst: 30, perMs: 30 / 3_600_000, now: c.now });
    for (let i = 0; i < 30; i++) expect(bucket.take("a").allowed).toBe(true);
    expect(bucket.take("a").retryAfterMs).toBe(120_000);
  });

  it("keeps memory bounded", () => {
    const c = clock();
    const bucket = createTokenBucket({ burst: 1, perMs: 1 / 1000, maxKeys: 50, now: c.now });
    for (let i = 0; i < 500; i++) {
      bucket.take(`k${i}`);
      expect(bucket.size()).toBeLessThanOrEqual(50);
    }
  });
});

describe("slow lane", () => {
  it("spaces one key's requests and refuses only when the wait would be too long", () => {
    const c = clock();
    const lane = createSlowLane({ spacingMs: 500, maxWaitMs: 1_000, now: c.now });
    expect(lane.reserve("a")).toBe(0);
    expect(lane.reserve("a")).toBe(500);
    expect(lane.reserve("a")).toBe(1_000);
    expect(lane.reserve("a")).toBeNull();
    expect(lane.reserve("b")).toBe(0);
    c.advance(1_000);
    expect(lane.reserve("a")).toBe(500);
    c.advance(10_000);
    expect(lane.reserve("a")).toBe(0);
  });

  it("keeps memory bounded", () => {
    const c = clock();
    const lane = createSlowLane({ spacingMs: 500, maxWaitMs: 1_000, maxKeys: 20, now: c.now });
    for (let i = 0; i < 200; i++) {
      lane.reserve(`k${i}`);
      expect(lane.size()).toBeLessThanOrEqual(20);
    }
  });
});

describe("log gate", () => {
  it("lets one line through per key per period", () => {
    const c = clock();
    const gate = createLogGate(60_000, 100, c.now);
    expect(gate("a")).toBe(true);
    expect(gate("a")).toBe(false);
    expect(gate("b")).toBe(true);
    c.advance(60_000);
    expect(gate("a")).toBe(true);
  });
});
