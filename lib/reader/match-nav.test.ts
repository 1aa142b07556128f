import { describe, expect, it } from "vitest";
import { matchLabel, matchSummary, searchScope, stepMatch } from "./match-nav";

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
    expect(matchLabel(null, 4)).toBe("");
  });
});

describe("matchSummary", () => {
  const nouns = { news: "news report", opinion: "opinion piece and its comments" };
  it("counts per side in the sides' order", () => {
    expect(matchSummary("Hamas", { opinion: 2, news: 1 }, nouns)).toBe(
      "3 matches: 1 in the news report, 2 in the opinion piece and its comments.",
    );
    expect(matchSummary("Lavrov", { opinion: 1 }, nouns)).toBe(
      "1 match: 0 in the news report, 1 in the opinion piece and its comments.",
    );
  });
  it("says when a filter narrows the count, when passages are on their way, and in the timeline", () => {
    expect(matchSummary("veto", {}, nouns, "shown")).toBe(
      "0 matches in the passages shown: 0 in the news report, 0 in the opinion piece and its comments.",
    );
    expect(matchSummary("veto", null, nouns)).toBe("Searching the passages…");
    expect(matchSummary("veto", { news: 3 }, nouns, "none")).toMatch(/By topic and Full text views/);
    expect(searchScope("topics", false, true)).toBe("all");
    expect(searchScope("full", false, true)).toBe("shown");
    expect(searchScope("topics", true, false)).toBe("shown");
    expect(searchScope("timeline", true, false)).toBe("none");
  });
  it("asks for two characters, and says nothing without a query", () => {
    expect(matchSummary("H", {}, nouns)).toBe("Type at least two characters.");
    expect(matchSummary("", {}, nouns)).toBe("");
  });
});
