import { describe, expect, it } from "vitest";
import { LINK_THRESHOLD } from "../align/threshold";
import {
  confidenceOf,
  confidenceText,
  describeLinks,
  isOnlyHere,
  SURE_ENOUGH,
  suggestionsIn,
  withoutLink,
} from "./confidence";

describe("link confidence", () => {
  it("tells hand-set, likely and doubtful links apart in words", () => {
    expect(confidenceOf(1)).toBe("hand");
    expect(confidenceOf(SURE_ENOUGH)).toBe("likely");
    expect(confidenceOf(SURE_ENOUGH - 0.01)).toBe("check");
    expect(confidenceText(1)).toBe("Linked by hand");
    expect(confidenceText(0.784)).toBe("Likely (78%)");
    expect(confidenceText(0.41)).toBe("Check this (41%)");
    expect(confidenceText(0.996)).toBe("Likely (99%)");
  });

  it("sits above the link threshold, so some made links are flagged for checking", () => {
    expect(SURE_ENOUGH).toBeGreaterThan(LINK_THRESHOLD);
  });
});

describe("only here", () => {
  it("uses the links' own threshold", () => {
    expect(isOnlyHere([])).toBe(true);
    expect(isOnlyHere([{ score: LINK_THRESHOLD - 0.01 }])).toBe(true);
    expect(isOnlyHere([{ score: LINK_THRESHOLD }])).toBe(false);
    expect(isOnlyHere([{ score: 0.1 }, { score: 1 }])).toBe(false);
  });
});

describe("suggestions", () => {
  const inFox = (id: string) => id.startsWith("doc-2-");
  const candidates = [
    { id: "doc-2-p4", score: 0.2 },
    { id: "doc-3-p1", score: 0.9 },
    { id: "doc-2-p8", score: 0.7 },
    { id: "doc-2-p1", score: 0.1 },
    { id: "doc-2-p9", score: 0.3 },
  ];

  it("are the other text's candidates, best first, at most three", () => {
    expect(suggestionsIn(candidates, inFox, []).map((c) => c.id)).toEqual([
      "doc-2-p8",
      "doc-2-p9",
      "doc-2-p4",
    ]);
  });

  it("leave out the passages already linked, so each one is a change", () => {
    expect(suggestionsIn(candidates, inFox, ["doc-2-p8"]).map((c) => c.id)).toEqual([
      "doc-2-p9",
      "doc-2-p4",
      "doc-2-p1",
    ]);
  });

  it("are empty when the aligner has none in that text", () => {
    expect(suggestionsIn(candidates, (id) => id.startsWith("doc-4-"), [])).toEqual([]);
    expect(suggestionsIn([], inFox, [])).toEqual([]);
  });
});

describe("the links summary", () => {
  it("counts made links by how sure they are", () => {
    expect(
      describeLinks([{ score: 1 }, { score: 0.9 }, { score: 0.8 }, { score: 0.4 }, { score: 0.1 }]),
    ).toBe("4 counterpart links: 1 by hand, 2 likely, 1 to check (marked ⚠).");
    expect(describeLinks([{ score: 0.7 }])).toBe("1 counterpart link: 1 likely.");
    expect(describeLinks([])).toBe("0 counterpart links.");
  });
});

describe("removing one link", () => {
  it("drops that link whichever way it was stored, and keeps the others", () => {
    const links = [
      { source: "doc-1-p2", target: "doc-2-p1", score: 1 },
      { source: "doc-2-p9", target: "doc-1-p2", score: 0.96 },
      { source: "doc-1-p3", target: "doc-2-p9", score: 0.5 },
    ];
    expect(withoutLink(links, "doc-1-p2", "doc-2-p9")).toEqual([links[0], links[2]]);
    expect(withoutLink(links, "doc-2-p1", "doc-1-p2")).toEqual([links[1], links[2]]);
    expect(withoutLink(links, "doc-1-p2", "doc-2-p5")).toEqual(links);
  });
});
