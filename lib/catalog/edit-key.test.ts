import { describe, expect, it } from "vitest";
import { editKeyFrom } from "./edit-key";

const KEY = `${"A".repeat(20)}${"b_-9".repeat(5)}xyz`;

describe("editKeyFrom", () => {
  it("reads the key whatever the scheme's case", () => {
    expect(KEY).toHaveLength(43);
    for (const scheme of ["Bearer", "bearer", "BEARER", "bEaReR"])
      expect(editKeyFrom(`${scheme} ${KEY}`), scheme).toBe(KEY);
    expect(editKeyFrom(`  Bearer   ${KEY}  `)).toBe(KEY);
  });

  it("refuses a missing header, another scheme, or a malformed key", () => {
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
      expect(editKeyFrom(header), String(header)).toBeNull();
  });
});
