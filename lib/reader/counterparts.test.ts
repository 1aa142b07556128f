import { describe, expect, it } from "vitest";
import { LINK_THRESHOLD } from "../align";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import type { Comparison } from "../corpus/schema";
import { locatePassages } from "./analysis";
import { editorialLinks, findCounterparts, onlyHerePassages } from "./counterparts";

const seed = getComparison(SEED_SLUG) as Comparison;
const editorial = editorialLinks(seed.framing?.compare ?? null);
const located = locatePassages(seed);

describe("Compare ⇄ on the seed: the editors' shared facts", () => {
  it("lands on the passages a shared fact cites on the other side, naming the fact", () => {
    const result = findCounterparts(located, "news-p4", editorial);
    expect(result.kind).toBe("counterparts");
    if (result.kind !== "counterparts") return;
    expect(result.groups.map((g) => g.fact)).toContain("Russia maintains military forces in Syria.");
    expect(result.ids).toContain("opinion-p17");
    expect(result.ids).not.toContain("news-p4");
    // Far fewer than the topic-mates it used to highlight.
    expect(result.ids.length).toBeLessThan(15);
    expect(result.groups.every((g) => g.origin === "editors" && g.confidence === null)).toBe(true);
  });

  it("works from the other side too, without listing passages on the same side", () => {
    const result = findCounterparts(located, "opinion-p17", editorial);
    expect(result.kind === "counterparts" && result.ids).toEqual(["news-p4"]);
  });

  it("falls back to topic-mates, said as such, when no fact links the passage", () => {
    const cited = new Set(editorial?.facts.flatMap((f) => Object.values(f.passages).flat()));
    const lone = located.find((l) => l.passage.topics.length > 0 && !cited.has(l.passage.id));
    if (!lone) throw new Error("expected a topic passage with no shared fact");
    expect(findCounterparts(located, lone.passage.id, editorial).kind).toBe("topic");
  });
});

/** Two texts of an import: a1 ↔ b1 by the aligner, a2 → b2 set by hand, a3 weakly linked, b3 alone. */
const imported: Pick<Comparison, "documents"> = {
  documents: [
    { id: "a", kind: "news", outlet: "A", title: "A", replyTo: null, number: null, passages: [] },
    { id: "b", kind: "news", outlet: "B", title: "B", replyTo: null, number: null, passages: [] },
  ] as unknown as Comparison["documents"],
};
const words = "one two three four five six";
const [docA, docB] = imported.documents as [Comparison["documents"][0], Comparison["documents"][0]];
docA.passages = [
  { id: "a-p1", type: "paragraph", text: words, topics: ["t"], counterparts: [{ id: "b-p1", score: 0.72 }] },
  { id: "a-p2", type: "paragraph", text: words, topics: ["t"], counterparts: [{ id: "b-p2", score: 1 }] },
  { id: "a-p3", type: "paragraph", text: words, topics: ["t"], counterparts: [{ id: "b-p3", score: 0.1 }] },
];
docB.passages = [
  { id: "b-p1", type: "paragraph", text: words, topics: ["t"], counterparts: [] },
  { id: "b-p2", type: "paragraph", text: words, topics: ["t"], counterparts: [] },
  { id: "b-p3", type: "paragraph", text: words, topics: ["t"], counterparts: [] },
];

describe("Compare ⇄ and only here on an import: counterpart links", () => {
  const importLocated = locatePassages(imported);

  it("names an automatic link's confidence and a corrected link as set by hand, in both directions", () => {
    const auto = findCounterparts(importLocated, "b-p1", null);
    expect(auto).toEqual({
      kind: "counterparts",
      ids: ["a-p1"],
      groups: [{ fact: null, origin: "aligner", confidence: 0.72, ids: ["a-p1"] }],
    });
    const hand = findCounterparts(importLocated, "a-p2", null);
    expect(hand.kind === "counterparts" && hand.groups[0]?.origin).toBe("teacher");
  });

  it("marks only passages with no link at or above the threshold, counted per side", () => {
    const only = onlyHerePassages(imported, importLocated, null, LINK_THRESHOLD);
    expect([...only.ids].sort()).toEqual(["a-p3", "b-p3"]);
    expect(only.bySide).toEqual({ a: 1, b: 1 });
  });
});

describe("Only here on the seed", () => {
  it("marks the passages the editors cite under “only in one” and under no shared fact", () => {
    const only = onlyHerePassages(seed, located, editorial, LINK_THRESHOLD);
    const shared = new Set(editorial?.facts.flatMap((f) => Object.values(f.passages).flat()));
    const cited = new Set(editorial?.onlyIn.flatMap((o) => o.passages).filter((id) => !shared.has(id)));
    expect(only.ids).toEqual(cited);
    expect(only.ids.size).toBeLessThan(69);
    for (const id of only.ids) expect(findCounterparts(located, id, editorial).kind).toBe("topic");
    expect((only.bySide.news ?? 0) + (only.bySide.opinion ?? 0)).toBe(cited.size);
    expect(only.bySide.news).toBeGreaterThan(0);
  });
});
