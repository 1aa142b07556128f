import { describe, expect, it } from "vitest";
import { idSchema, inputIdSchema } from "./id-schema";
import { MAX_ID_LENGTH, passageId, passageNumber } from "./ids";

describe("ids", () => {
  it("are kebab-case", () => {
    expect(idSchema.safeParse("un-votes").success).toBe(true);
    for (const bad of ["UN votes", "-un", "un--votes", ""]) {
      expect(idSchema.safeParse(bad).success, bad).toBe(false);
      expect(inputIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("sent to be stored are at most MAX_ID_LENGTH characters, which PostgreSQL can index", () => {
    expect(inputIdSchema.safeParse("a".repeat(MAX_ID_LENGTH)).success).toBe(true);
    const long = inputIdSchema.safeParse("a".repeat(MAX_ID_LENGTH + 1));
    expect(long.error?.issues[0]?.message).toBe(`must be at most ${MAX_ID_LENGTH} characters`);
  });

  it("already stored still read, whatever their length", () => {
    expect(idSchema.safeParse("a".repeat(MAX_ID_LENGTH + 1)).success).toBe(true);
  });

  it("of passages carry their number, which reads back", () => {
    expect(passageId("doc-2", 13)).toBe("doc-2-p14");
    expect(passageNumber(passageId("news", 0))).toBe(1);
    expect(passageNumber("doc-2-p14")).toBe(14);
    for (const other of ["news", "doc-2", "p14-x", "news-p"]) expect(passageNumber(other), other).toBeNull();
  });
});
