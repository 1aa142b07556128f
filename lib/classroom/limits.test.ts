import { describe, expect, it } from "vitest";
import { counterStore } from "../db/limit-counters";
import { engines, suiteDatabase } from "../db/testing";
import { createLogGate, createSlowLane, createWindowLimit } from "./limits";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe.each(engines)("window limit on $name", (engine) => {
  const suite = suiteDatabase(engine);

  it("allows `limit` per window, then says when the window ends; waiting always works", async () => {
    const c = clock();
    const store = counterStore(async () => suite.db);
    const limit = createWindowLimit({ limit: 30, windowMs: 3_600_000, store, now: c.now });
    for (let i = 0; i < 30; i++) expect((await limit.take("a")).allowed).toBe(true);
    c.advance(600_000);
    expect(await limit.take("a")).toEqual({ allowed: false, retryAfterMs: 3_000_000 });
    // Refusals count but do not extend the window; keys are independent.
    for (let i = 0; i < 5; i++) await limit.take("a");
    expect((await limit.take("b")).allowed).toBe(true);
    c.advance(3_000_000);
    expect((await limit.take("a")).allowed).toBe(true);
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
