import { describe, expect, it } from "vitest";
import { idSchema, MAX_ID_LENGTH } from "./ids";

describe("idSchema", () => {
  it("takes kebab-case ids up to the length limit", () => {
    expect(idSchema.safeParse("un-votes").success).toBe(true);
    expect(idSchema.safeParse("a".repeat(MAX_ID_LENGTH)).success).toBe(true);
  });

  it("refuses longer ids, which PostgreSQL could not index, and non-kebab ids", () => {
    const long = idSchema.safeParse("a".repeat(MAX_ID_LENGTH + 1));
    expect(long.error?.issues[0]?.message).toBe(`must be at most ${MAX_ID_LENGTH} characters`);
    for (const bad of ["UN votes", "-un", "un--votes", ""])
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
  });
});
