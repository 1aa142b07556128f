import { afterEach, describe, expect, it } from "vitest";
import { checkReadiness } from "./readiness";

const saved = process.env.DATABASE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
});

describe("checkReadiness", () => {
  it("is not ready while the database cannot be reached, and never repeats the connection string", async () => {
    process.env.DATABASE_URL = "postgres://parallax:s3cret@127.0.0.1:1/nowhere";
    const readiness = await checkReadiness();
    expect(readiness).toEqual({ ready: false, reason: "The PostgreSQL database is not available." });
    expect(JSON.stringify(readiness)).not.toContain("s3cret");
  });
});
