import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bearerToken,
  hashSecret,
  JOIN_CODE_ALPHABET,
  joinCodeSchema,
  newJoinCode,
  newSecret,
  normalizeJoinCode,
  secretMatches,
} from "./codes";

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

describe("secrets", () => {
  it("carry 256 bits as 43 base64url characters and differ every time", () => {
    const secrets = Array.from({ length: 50 }, newSecret);
    for (const s of secrets) expect(s).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(secrets).size).toBe(50);
  });

  it("are stored as SHA-256 hex and matched only by the right secret", () => {
    const secret = newSecret();
    const hash = hashSecret(secret);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(secret);
    expect(secretMatches(secret, hash)).toBe(true);
    expect(secretMatches(newSecret(), hash)).toBe(false);
    expect(secretMatches(hash, hash)).toBe(false);
    expect(secretMatches(undefined, hash)).toBe(false);
    expect(secretMatches(secret, "not-a-hash")).toBe(false);
    expect(secretMatches(secret, hash.toUpperCase())).toBe(false);
  });

  it("come out of a Bearer header only when well formed", () => {
    const secret = newSecret();
    expect(bearerToken(`Bearer ${secret}`)).toBe(secret);
    expect(bearerToken(`bearer ${secret}`)).toBeNull();
    expect(bearerToken(`Bearer ${secret}x`)).toBeNull();
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken("Basic abc")).toBeNull();
  });
});
