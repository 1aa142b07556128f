import { describe, expect, it, vi } from "vitest";
import { limitFromEnv, STUDENT_WRITES, studentWriteWait } from "./client-limits";

// The limits count in the app database: here a fresh in-memory one, not the checkout's .data folder.
vi.mock("./counters", async () => {
  const { openDb } = await import("../db/client");
  const { counterStore } = await import("../db/limit-counters");
  const handle = await openDb({ memory: true });
  return { sharedCounters: counterStore(async () => handle.db) };
});

describe("creation limits", () => {
  it("reads positive whole numbers from the environment and refuses anything else", () => {
    expect(limitFromEnv("X", 30, {})).toBe(30);
    expect(limitFromEnv("X", 30, { X: " 500 " })).toBe(500);
    for (const bad of ["0", "-1", "2.5", "lots"])
      expect(() => limitFromEnv("X", 30, { X: bad })).toThrow(/X must/);
  });
});

describe("per-student writes", () => {
  it("allow 60 a minute, then ask the student to wait for the minute's end", async () => {
    expect(STUDENT_WRITES).toEqual({ limit: 60, windowMs: 60_000 });
    for (let i = 0; i < 60; i++) expect(await studentWriteWait("c", "student-a")).toBe(0);
    const wait = await studentWriteWait("c", "student-a");
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await studentWriteWait("c", "student-b")).toBe(0);
  });
});
