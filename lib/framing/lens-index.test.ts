import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import { hasLens, lensIndex } from "./lens-index";

describe("lensIndex", () => {
  it("is empty for a comparison without a framing lens (imports)", () => {
    const lens = lensIndex(null);
    expect(lens).toEqual({ panelTopics: [], timeline: false });
    expect(hasLens(lens)).toBe(false);
  });

  it("lists every seed topic with a compare panel or a claim, and the timeline", () => {
    const framing = getComparison(SEED_SLUG)?.framing;
    if (!framing) throw new Error("the seed has a framing lens");
    const lens = lensIndex(framing);
    expect(lens.timeline).toBe(true);
    expect(new Set(lens.panelTopics)).toEqual(
      new Set([...Object.keys(framing.compare), ...framing.claims.map((c) => c.topic)]),
    );
    expect(lens.panelTopics).toEqual(
      expect.arrayContaining(["syria-deconfliction", "un-votes", "hamas-visits"]),
    );
    expect(hasLens(lens)).toBe(true);
  });

  it("counts a topic with claims but no compare entry, and no timeline without events", () => {
    const claim = getComparison(SEED_SLUG)?.framing?.claims[0];
    if (!claim) throw new Error("the seed has claims to trace");
    const lens = lensIndex({ compare: {}, timeline: [], claims: [{ ...claim, topic: "iran" }] });
    expect(lens).toEqual({ panelTopics: ["iran"], timeline: false });
  });
});
