import { describe, expect, it } from "vitest";
import { fixtureComparison } from "./fixtures";
import { passagesBySide, passagesPerTopic, shownPerSide, shownSentence } from "./passage-counts";

// news: un-votes, iran, none; op: un-votes, un-votes + iran; its comment: iran.
const sides = passagesBySide(fixtureComparison());

describe("passage counts for the setup form", () => {
  it("lists each text with its comments and the topics of every passage", () => {
    expect(sides.map((s) => s.topics)).toEqual([
      [["un-votes"], ["iran"], []],
      [["un-votes"], ["un-votes", "iran"], ["iran"]],
    ]);
    expect(sides[1]?.name).toMatch(/ with its comments$/);
  });

  it("counts each passage once per topic it carries", () => {
    expect(Object.fromEntries(passagesPerTopic(sides))).toEqual({ "un-votes": 3, iran: 3 });
  });

  it("gives per text what students will see: on the topics chosen, or every passage", () => {
    expect(shownPerSide(sides, ["iran"]).map((c) => [c.shown, c.total])).toEqual([
      [1, 3],
      [2, 3],
    ]);
    expect(shownPerSide(sides, null).map((c) => [c.shown, c.total])).toEqual([
      [3, 3],
      [3, 3],
    ]);
  });

  it("says it in one sentence, singular where there is one", () => {
    const two = [
      { name: "HuffPost", shown: 1, total: 20 },
      { name: "Fox News", shown: 1, total: 20 },
    ];
    expect(shownSentence(two)).toBe(
      "Students will see 2 of 40 passages: HuffPost 1 of 20, Fox News 1 of 20.",
    );
    expect(shownSentence(two.map((c) => ({ ...c, shown: 20 })))).toBe(
      "Students will see all 40 passages: HuffPost 20, Fox News 20.",
    );
  });
});
