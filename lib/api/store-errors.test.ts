import { describe, expect, it } from "vitest";
import { DataFolderInUseError } from "@/lib/db";
import { guarded } from "./class-responses";
import { storeErrorResponse } from "./store-errors";

describe("a data folder held by another process", () => {
  const held = new DataFolderInUseError("/srv/parallax/.data", 4321);

  it("answers 503 JSON naming the problem, not the folder or the PID", async () => {
    for (const response of [storeErrorResponse(held), await guarded(() => Promise.reject(held))]) {
      expect(response.status).toBe(503);
      expect(response.headers.get("Retry-After")).toBe("30");
      expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
      const { error } = (await response.json()) as { error: string };
      expect(error).toMatch(/data folder is in use by another server process/);
      expect(error).not.toMatch(/srv|4321/);
    }
  });

  it("leaves other errors alone: rethrown by storeErrorResponse, 500 from guarded", async () => {
    const bug = new Error("boom");
    expect(() => storeErrorResponse(bug)).toThrow(bug);
    const spy = console.error;
    console.error = () => {};
    try {
      expect((await guarded(() => Promise.reject(bug))).status).toBe(500);
    } finally {
      console.error = spy;
    }
  });
});
