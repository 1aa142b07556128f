import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, joinCodeSchema, newJoinCode, normalizeJoinCode } from "./codes";

describe("join codes", () => {
  it("are six characters from the unambiguous alphabet", () => {
    fc.assert(
      fc.property(fc.integer(), () => {
        const code = newJoinCode();
        expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
        expect(joinCodeSchema.parse(code)).toBe(code);
      }),
      { numRuns: 500 },
    );
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(31);
  });

  it("use every symbol of the alphabet", () => {
    const seen = new Set(Array.from({ length: 400 }, newJoinCode).join(""));
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("normalise what students type, idempotently", () => {
    expect(normalizeJoinCode(" ab3-k7q ")).toBe("AB3K7Q");
    expect(normalizeJoinCode("ab3 – k7q")).toBe("AB3K7Q");
    expect(joinCodeSchema.parse("ab3-k7q")).toBe("AB3K7Q");
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizeJoinCode(s);
        expect(normalizeJoinCode(once)).toBe(once);
      }),
    );
  });

  it("refuse look-alikes, wrong lengths and long input", () => {
    for (const bad of ["AB3K7O", "AB3K7", "AB3K7QQ", "IL0O12", "", "A".repeat(100)]) {
      expect(joinCodeSchema.safeParse(bad).success).toBe(false);
    }
  });
});
