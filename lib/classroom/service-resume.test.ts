import { beforeEach, describe, expect, it, vi } from "vitest";

const resumeSeat = vi.fn();
vi.mock("../db", () => ({
  getDb: async () => ({}),
  resumeSeat: (...args: unknown[]) => resumeSeat(...args),
}));
vi.mock("../log", () => ({ securityEvent: vi.fn() }));
// The limits count in the app database: here a fresh in-memory one, not the checkout's .data folder.
vi.mock("./counters", async () => {
  const { openDb } = await import("../db/client");
  const { counterStore } = await import("../db/limit-counters");
  const handle = await openDb({ memory: true });
  return { sharedCounters: counterStore(async () => handle.db) };
});

const { RESUME_LIMITS, resumeByCode } = await import("./service-resume");
const UNKNOWN = { ok: false as const, status: 404 as const, error: "No activity has this join code." };
const unknown = async () => UNKNOWN;
const seat = {
  ok: true,
  class: { publicId: "class-1", comparison: "seed" },
  student: { id: 1, publicId: "s-1", name: "Ana" },
  studentToken: "t",
};

describe("resumeByCode", () => {
  beforeEach(() => resumeSeat.mockReset());

  it("gives the seat back for a right code", async () => {
    resumeSeat.mockResolvedValue(seat);
    const result = await resumeByCode("ABCDEF", "ABCDEFGH", "192.0.2.1", unknown);
    expect(result).toMatchObject({ ok: true, status: 200, value: { studentId: "s-1", resumed: true } });
  });

  it("refuses wrong codes with 404, then 429 with Retry-After, even a right code, per address", async () => {
    resumeSeat.mockResolvedValue({ ok: false, reason: "wrong-resume-code" });
    const address = "198.51.100.9";
    for (let i = 0; i < RESUME_LIMITS.perAddress; i++) {
      const wrong = await resumeByCode("ABCDEF", "ABCDEFGH", address, unknown);
      expect(wrong).toMatchObject({ ok: false, status: 404 });
    }
    const limited = await resumeByCode("ABCDEF", "ABCDEFGH", address, unknown);
    expect(limited).toMatchObject({ ok: false, status: 429, headers: { "Retry-After": expect.any(String) } });
    resumeSeat.mockResolvedValue(seat);
    const calls = resumeSeat.mock.calls.length;
    expect(await resumeByCode("ABCDEF", "RIGHTONE", address, unknown)).toMatchObject({ status: 429 });
    expect(resumeSeat.mock.calls.length).toBe(calls); // refused before any lookup
    // Another address is not affected.
    expect(await resumeByCode("ABCDEF", "RIGHTONE", "203.0.113.5", unknown)).toMatchObject({ ok: true });
  });

  it("answers an unknown join code as the join does", async () => {
    resumeSeat.mockResolvedValue({ ok: false, reason: "unknown-code" });
    expect(await resumeByCode("ZZZZZZ", "ABCDEFGH", "192.0.2.77", unknown)).toEqual(UNKNOWN);
  });
});
