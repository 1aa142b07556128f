import { describe, expect, it } from "vitest";
import { splitPassages } from "../align/split";
import { findSingleBreaks, splitSingleBreaks } from "./line-breaks";

const PASTED = [
  "Trump declares emergency on border",
  "President Trump on Friday declared a national emergency to fund the wall.",
  "Democrats said they would challenge the order in court.",
  "The White House said $8 billion would go to barriers.",
].join("\n");

const WRAPPED = [
  "President Trump on Friday declared a national emergency to fund a wall along the",
  "southern border, a move that Democrats said they would challenge in court because",
  "Congress had refused him the money. The White House said $8 billion would go to",
  "barriers.",
].join("\n");

describe("single line breaks between paragraphs", () => {
  it("are found in text pasted one paragraph per line, headline included", () => {
    expect(findSingleBreaks(PASTED)).toEqual({ before: 1, after: 4 });
  });

  it("become blank lines, so each paragraph is a passage", () => {
    const split = splitSingleBreaks(PASTED);
    expect(split.split("\n\n")).toHaveLength(4);
    expect(splitPassages(PASTED)).toHaveLength(1);
    expect(splitPassages(split)).toHaveLength(4);
    expect(findSingleBreaks(split)).toBeNull();
  });

  it("are found in Windows line endings and inside a text that also has blank lines", () => {
    const mixed = `Headline\r\n\r\n${PASTED.split("\n").slice(1).join("\r\n")}`;
    expect(findSingleBreaks(mixed)).toEqual({ before: 2, after: 4 });
    expect(splitSingleBreaks(mixed).split("\n\n")).toEqual(["Headline", ...PASTED.split("\n").slice(1)]);
  });

  it("are not found when paragraphs already have blank lines, or in a single paragraph", () => {
    expect(findSingleBreaks(PASTED.split("\n").join("\n\n"))).toBeNull();
    expect(findSingleBreaks("One paragraph only.")).toBeNull();
    expect(findSingleBreaks("")).toBeNull();
  });

  it("are left alone in hard-wrapped prose, where lines end mid-sentence", () => {
    expect(findSingleBreaks(WRAPPED)).toBeNull();
    expect(splitSingleBreaks(WRAPPED)).toBe(WRAPPED);
  });

  it("are left alone in Markdown lists, quotes, code and tables, which keep their lines", () => {
    expect(findSingleBreaks("- First point.\n- Second point.\n- Third point.")).toBeNull();
    expect(findSingleBreaks("> Quoted.\n> Still quoted.")).toBeNull();
    expect(findSingleBreaks("1. One.\n2. Two.")).toBeNull();
    expect(findSingleBreaks("```\nconst a = 1;\nconst b = 2;\n```")).toBeNull();
    expect(findSingleBreaks("| a | b |\n| - | - |\n| 1. | 2. |")).toBeNull();
  });

  it("split around a heading and keep a list whole, as a whole article pasted line by line", () => {
    const article =
      "# Bridge approved\nThe council voted.\nIt costs 12 million.\n- 140 metres long.\n- Closed to cars.";
    expect(findSingleBreaks(article)).toEqual({ before: 3, after: 4 });
    const split = splitSingleBreaks(article);
    expect(split).toBe(
      "# Bridge approved\n\nThe council voted.\n\nIt costs 12 million.\n\n- 140 metres long.\n- Closed to cars.",
    );
    expect(splitPassages(split).map((b) => b.type)).toEqual([
      "heading",
      "paragraph",
      "paragraph",
      "list-item",
      "list-item",
    ]);
  });

  it("count long lines as paragraphs whatever they end with", () => {
    const long = `${"word ".repeat(40)}and no full stop`;
    expect(findSingleBreaks(`${long}\n${long}\n${long}`)).toEqual({ before: 1, after: 3 });
  });
});
