import { describe, expect, it } from "vitest";
import { bearerToken, hashSecret, newSecret, secretMatches } from "./secrets";

const KEY = `${"A".repeat(20)}${"b_-9".repeat(5)}xyz`;

describe("bearerToken", () => {
  it("reads the secret whatever the scheme's case", () => {
    expect(KEY).toHaveLength(43);
    for (const scheme of ["Bearer", "bearer", "BEARER", "bEaReR"])
      expect(bearerToken(`${scheme} ${KEY}`), scheme).toBe(KEY);
    expect(bearerToken(`  Bearer   ${KEY}  `)).toBe(KEY);
  });

  it("refuses a missing header, another scheme, or a malformed secret", () => {
    for (const header of [
      null,
      undefined,
      "",
      KEY,
      `Basic ${KEY}`,
      `Bearer ${KEY}x`,
      `Bearer ${KEY.slice(1)}`,
      `Bearer ${KEY.slice(1)}=`,
      `Bearer ${KEY} ${KEY}`,
      `Bearer${KEY}`,
      `Bearer ${"a".repeat(300)}`,
    ])
      expect(bearerToken(header), String(header)).toBeNull();
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
});
