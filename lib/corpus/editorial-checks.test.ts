import { describe, expect, it } from "vitest";
import { dateWordsProblem, droppedHedges, quotedStrings, quoteFoundIn } from "./editorial-checks";

describe("quotedStrings", () => {
  it("finds curly and straight quotations, keeping a nested quote inside its parent", () => {
    expect(quotedStrings('He said “a “double” standard” and "deep concern".')).toEqual([
      "a “double” standard",
      "deep concern",
    ]);
  });
});

describe("quoteFoundIn", () => {
  const text =
    'In late October, Russia hosted a Hamas delegation in Moscow, which the Israeli foreign ministry called "reprehensible."';
  it("allows closing punctuation inside the marks, an ellipsis and folded spaces, nothing else", () => {
    expect(quoteFoundIn("reprehensible,", [text])).toBe(true);
    expect(quoteFoundIn("Russia hosted … in  Moscow", [text])).toBe(true);
    expect(quoteFoundIn("in Moscow … Russia hosted", [text])).toBe(false);
    expect(quoteFoundIn("in late October", [text])).toBe(false);
    expect(quoteFoundIn("Russia’s", ["Russia's"])).toBe(false);
  });
});

describe("droppedHedges", () => {
  it("names the hedge words a passage uses and the restatement leaves out, as whole words", () => {
    expect(droppedHedges("Officials met.", ["Officials reportedly met; he says so."])).toEqual([
      "reportedly",
      "says",
    ]);
    expect(droppedHedges("Officials reportedly met.", ["Officials reportedly met."])).toEqual([]);
    expect(droppedHedges("x", ["the claimsman"])).toEqual([]);
  });
});

describe("dateWordsProblem", () => {
  it.each([
    ["On March 3/20", "2020-03-03", null],
    ["Just last Friday", "2024-03-15", null],
    ["said nothing for three days", "2023-10-10", null],
    ["enters its sixth month", "2024-03", null],
    ["In late October", "2023-10", null],
    ["recently", "2024-03", /gives no date/],
    ["in 2016", "2018", /another year than 2018/],
    ["a December call", "2023-11", /another month than 2023-11/],
  ])("“%s” for %s", (words, date, problem) => {
    const found = dateWordsProblem(words, date);
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeNull();
  });
});
