import { describe, expect, it } from "vitest";
import { matchLabel, stepMatch } from "./match-nav";

describe("search match navigation", () => {
  it("starts at the first (next) or the last (previous) match and wraps around", () => {
    expect(stepMatch(null, 3, 1)).toBe(0);
    expect(stepMatch(null, 3, -1)).toBe(2);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(1, 3, 1)).toBe(2);
  });
  it("has nowhere to go without matches, and restarts when the matches shrink", () => {
    expect(stepMatch(null, 0, 1)).toBeNull();
    expect(stepMatch(5, 2, 1)).toBe(0);
  });
  it("says where the reader is", () => {
    expect(matchLabel(2, 12)).toBe("Match 3 of 12");
    expect(matchLabel(null, 0)).toBe("");
  });
});
