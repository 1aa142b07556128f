import { describe, expect, it } from "vitest";
import type { CompareEntry, CompareIndex } from "./compare-index";
import { reasonText, selectionPosition, selectionShort, selectionSummary } from "./selection-text";

const index: CompareIndex = {
  facts: ["Russia hosted Hamas in Moscow."],
  passages: {},
  labels: { "news-p15": "News ¶15", "opinion-p3": "Opinion ¶3" },
  sides: {},
  comments: {},
};
const entry = (over: Partial<CompareEntry>): CompareEntry => ({
  kind: "counterparts",
  ids: ["opinion-p3"],
  groups: [{ fact: 0, ids: ["opinion-p3"] }],
  topics: [],
  ...over,
});

describe("selectionSummary", () => {
  it("counts the counterparts, one reason inline", () => {
    expect(selectionSummary(entry({}))).toBe(
      "1 passage on the other side carries the same fact, highlighted:",
    );
    const two = entry({
      ids: ["a", "b"],
      groups: [
        { fact: 0, ids: ["a"] },
        { teacher: true, ids: ["b"] },
      ],
    });
    expect(selectionSummary(two)).toBe("2 passages on the other side carry the same fact, highlighted.");
  });

  it("says when it falls back to the topic, and when there is nothing", () => {
    expect(selectionSummary(entry({ kind: "topic", ids: ["a", "b"], topics: ["Iran"] }))).toMatch(
      /^No counterpart: .* the 2 passages on the same topic \(Iran\), highlighted\.$/,
    );
    expect(selectionSummary(entry({ kind: "topic", ids: [] }))).toMatch(/^No counterpart, and no passage/);
  });
});

describe("reasonText", () => {
  it("names the shared fact, a teacher's link or the aligner's confidence", () => {
    expect(reasonText({ fact: 0, ids: ["news-p15"] }, index)).toMatchObject({
      fact: "Russia hosted Hamas in Moscow.",
      where: "News ¶15",
    });
    expect(reasonText({ teacher: true, ids: ["opinion-p3"] }, index).link).toBe(
      "linked by hand (a teacher's correction)",
    );
    expect(reasonText({ confidence: 0.724, ids: ["x"] }, index)).toEqual({
      fact: null,
      where: "x",
      link: "linked by the aligner, confidence 72%",
    });
  });
});

describe("the phone bar's line and the position", () => {
  it("names the link and where the reader is among the highlighted passages", () => {
    const two = entry({ ids: ["news-p15", "opinion-p3"] });
    expect(selectionShort(two, 1)).toBe("Same fact · 2 of 2");
    expect(selectionShort(entry({ kind: "topic" }), 0)).toBe("Same topic · 1 of 1");
    expect(selectionShort(entry({ ids: [] }), 0)).toBe("No counterpart");
    expect(selectionPosition(two, 1, index)).toBe("Showing Opinion ¶3, 2 of 2.");
    expect(selectionPosition(entry({ ids: [] }), 0, index)).toBe("");
  });
});
