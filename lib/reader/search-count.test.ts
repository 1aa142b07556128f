import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import { locatePassages } from "./analysis";
import { countInText, countSearch, passageShown, type ShownFilter } from "./search-count";

const place = (passage: string, side: string, matches: string[], shown = true) => ({
  passage,
  side,
  shown,
  matches,
});

describe("countSearch", () => {
  it("counts a passage shown in several topic rows once, and steps through its first copy", () => {
    const count = countSearch([
      place("opinion-p39", "opinion", ["a1"]),
      place("comment-2-p2", "opinion", ["b1", "b2"]),
      place("comment-2-p2", "opinion", ["b1'", "b2'"]),
      place("opinion-p39", "opinion", ["a1'"]),
      place("news-p4", "news", []),
    ]);
    expect(count.perSide).toEqual({ opinion: 3 });
    expect(count.steps).toEqual(["a1", "b1", "b2"]);
  });
  it("leaves out copies the reader cannot see, counting a later shown copy instead", () => {
    const count = countSearch([
      place("news-p1", "news", ["hidden"], false),
      place("news-p2", "news", ["x"], false),
      place("news-p1", "news", ["shown"]),
    ]);
    expect(count).toEqual({ perSide: { news: 1 }, steps: ["shown"] });
  });
});

describe("passageShown", () => {
  const f = (over: Partial<ShownFilter>): ShownFilter => ({
    view: "topics",
    visible: ["iran", "un-votes"],
    filtering: false,
    onlyHere: false,
    ...over,
  });
  it("shows a passage in the topic view when one of its topics' rows is shown", () => {
    expect(
      passageShown(["un-votes", "us-policy"], false, f({ visible: ["un-votes"], filtering: true })),
    ).toBe(true);
    expect(passageShown(["us-policy"], false, f({ visible: ["iran"], filtering: true }))).toBe(false);
    // A passage on no topic has no row.
    expect(passageShown([], false, f({}))).toBe(false);
  });
  it("shows every passage of the full text unless a filter or “only here” hides it", () => {
    expect(passageShown([], false, f({ view: "full" }))).toBe(true);
    expect(passageShown([], false, f({ view: "full", filtering: true }))).toBe(false);
    expect(passageShown(["iran"], false, f({ view: "full", filtering: true }))).toBe(true);
    expect(passageShown(["iran"], false, f({ view: "full", onlyHere: true }))).toBe(false);
    expect(passageShown(["iran"], true, f({ view: "full", onlyHere: true }))).toBe(true);
  });
  it("shows no passage in the timeline", () => {
    expect(passageShown(["iran"], true, f({ view: "timeline" }))).toBe(false);
  });
});

describe("countInText (the server's count)", () => {
  const seed = getComparison(SEED_SLUG);
  if (!seed) throw new Error("seed comparison missing");
  const located = locatePassages(seed);
  const all = seed.topics.map((t) => t.id);
  const count = (view: ShownFilter["view"], visible: string[]) =>
    countInText(located, "veto", new Set(), {
      view,
      visible,
      filtering: visible.length < all.length,
      onlyHere: false,
    });
  it("counts “veto” once per place in the text, in the passages the filter leaves", () => {
    // opinion-p39 and comment-2-p2: each in two topic rows, each counted once.
    expect(count("topics", all)).toEqual({ opinion: 2 });
    expect(count("full", all)).toEqual({ opinion: 2 });
    expect(count("topics", ["iran"])).toEqual({});
    expect(count("full", ["un-votes"])).toEqual({ opinion: 2 });
  });
});
