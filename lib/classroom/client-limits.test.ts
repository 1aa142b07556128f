import { describe, expect, it, vi } from "vitest";
import { PEER_HEADER } from "../security/client-address";
import {
  CREATION_DEFAULTS,
  creationRefusal,
  limitFromEnv,
  STUDENT_WRITES,
  studentWriteWait,
} from "./client-limits";

// The limits count in the app database: here a fresh in-memory one, not the checkout's .data folder.
vi.mock("./counters", async () => {
  const { openDb } = await import("../db/client");
  const { counterStore } = await import("../db/limit-counters");
  const handle = await openDb({ memory: true });
  return { sharedCounters: counterStore(async () => handle.db) };
});

const from = (peer: string, xff = "") => new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": xff });

describe("creation limits", () => {
  it("refuses the 31st class in an hour from one address with 429, Retry-After and a JSON message", async () => {
    expect(CREATION_DEFAULTS.class).toBe(30);
    for (let i = 0; i < 30; i++)
      expect(await creationRefusal("class", from("192.0.2.77", `198.51.100.${i}`))).toBeNull();
    const refused = await creationRefusal("class", from("192.0.2.77", "203.0.113.1"));
    expect(refused?.status).toBe(429);
    // The hour's window opened with the first class, moments ago.
    const seconds = Number(refused?.headers.get("Retry-After"));
    expect(seconds).toBeGreaterThan(3590);
    expect(seconds).toBeLessThanOrEqual(3600);
    expect(await refused?.json()).toEqual({
      error: `Too many new activities from your network this hour. Try again in ${seconds} s.`,
    });
    // Imports and other addresses have allowances of their own.
    expect(await creationRefusal("import", from("192.0.2.77"))).toBeNull();
    expect(await creationRefusal("class", from("192.0.2.78"))).toBeNull();
  });

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
