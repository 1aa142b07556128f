import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DataFolderInUseError } from "@/lib/db";
import { guarded } from "./class-responses";
import { storeErrorResponse } from "./store-errors";

describe("storeErrorResponse", () => {
  it("answers a validation refusal with 400 naming the field", async () => {
    const parsed = z.object({ title: z.string() }).safeParse({ title: 1 });
    if (parsed.success) throw new Error("expected a refusal");
    const response = storeErrorResponse(parsed.error);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^Invalid request\. title:/);
  });

  it("answers an unexpected error with a plain 500 that carries nothing of the error", async () => {
    const bug = new Error("Failed query: select 1\nparams: secret-token");
    for (const response of [storeErrorResponse(bug), await guarded(() => Promise.reject(bug))]) {
      expect(response.status).toBe(500);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ error: "Something went wrong on our side. Try again in a moment." });
      expect(body).not.toContain("secret");
    }
  });
});

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
});
