import { describe, expect, it } from "vitest";
import { PEER_HEADER } from "../security/client-address";
import {
  CREATION_DEFAULTS,
  creationRefusal,
  limitFromEnv,
  STUDENT_WRITES,
  studentWriteWait,
} from "./client-limits";

const from = (peer: string, xff = "") => new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": xff });

describe("creation limits", () => {
  it("refuses the 31st class in an hour from one address with 429, Retry-After and a JSON message", async () => {
    expect(CREATION_DEFAULTS.class).toBe(30);
    for (let i = 0; i < 30; i++)
      expect(creationRefusal("class", from("192.0.2.77", `198.51.100.${i}`))).toBeNull();
    const refused = creationRefusal("class", from("192.0.2.77", "203.0.113.1"));
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get("Retry-After"))).toBe(120);
    expect(await refused?.json()).toEqual({
      error: "Too many new activities from your network this hour. Try again in 120 s.",
    });
    // Imports and other addresses have allowances of their own.
    expect(creationRefusal("import", from("192.0.2.77"))).toBeNull();
    expect(creationRefusal("class", from("192.0.2.78"))).toBeNull();
  });

  it("reads positive whole numbers from the environment and refuses anything else", () => {
    expect(limitFromEnv("X", 30, {})).toBe(30);
    expect(limitFromEnv("X", 30, { X: " 500 " })).toBe(500);
    for (const bad of ["0", "-1", "2.5", "lots"])
      expect(() => limitFromEnv("X", 30, { X: bad })).toThrow(/X must/);
  });
});

describe("per-student writes", () => {
  it("allow a burst of 60, then ask the student to wait", () => {
    expect(STUDENT_WRITES.burst).toBe(60);
    for (let i = 0; i < 60; i++) expect(studentWriteWait("c", "student-a")).toBe(0);
    expect(studentWriteWait("c", "student-a")).toBe(2);
    expect(studentWriteWait("c", "student-b")).toBe(0);
  });
});
