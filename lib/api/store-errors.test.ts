import { describe, expect, it } from "vitest";
import { z } from "zod";
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
    const response = storeErrorResponse(new Error("Failed query: select 1\nparams: secret-token"));
    expect(response.status).toBe(500);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ error: "Something went wrong on our side. Try again in a moment." });
    expect(body).not.toContain("secret");
  });
});
