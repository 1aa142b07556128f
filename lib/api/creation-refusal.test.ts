import { describe, expect, it, vi } from "vitest";
import { CREATION_DEFAULTS } from "../classroom/client-limits";
import { PEER_HEADER } from "../security/client-address";
import { creationRefusal } from "./creation-refusal";

// The limits count in the app database: here a fresh in-memory one, not the checkout's .data folder.
vi.mock("../classroom/counters", async () => {
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
});
