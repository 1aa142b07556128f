import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import type { Comparison } from "../corpus/schema";
import { locatePassages } from "./analysis";
import { compareIndex } from "./compare-index";
import { editorialLinks, findCounterparts } from "./counterparts";

const seed = getComparison(SEED_SLUG) as Comparison;
const editorial = editorialLinks(seed.framing?.compare ?? null);
const located = locatePassages(seed);
const index = compareIndex(
  located,
  editorial,
  (id) => `label ${id}`,
  (t) => `topic ${t}`,
);

describe("the Compare ⇄ index sent to the browser", () => {
  it("answers as findCounterparts does, for every passage with topics", () => {
    for (const l of located.filter((x) => x.passage.topics.length > 0)) {
      const direct = findCounterparts(located, l.passage.id, editorial);
      expect(index.passages[l.passage.id]?.ids).toEqual(direct.ids);
      expect(index.passages[l.passage.id]?.kind).toBe(direct.kind);
    }
  });

  it("lists each fact once and names it by index", () => {
    expect(new Set(index.facts).size).toBe(index.facts.length);
    const entry = index.passages["opinion-p21"];
    const fact = entry?.groups[0]?.fact;
    expect(fact === undefined ? "" : index.facts[fact]).toBe(
      "Russia has hosted Hamas representatives in Moscow.",
    );
    expect(index.labels["news-p15"]).toBe("label news-p15");
    expect(index.sides["news-p15"]).toBe("news");
    expect(index.comments["comment-7-p3"]).toBe(7);
  });

  it("carries no passage text", () => {
    const json = JSON.stringify(index);
    const text = located.find((l) => l.passage.id === "news-p15")?.passage.text ?? "";
    expect(text.length).toBeGreaterThan(40);
    expect(json).not.toContain(text.slice(0, 40));
  });

  it("offers a passage with no topic when it has counterparts, and not otherwise", () => {
    const withoutTopics = (ids: string[]): Comparison => ({
      ...seed,
      documents: seed.documents.map((d) => ({
        ...d,
        passages: d.passages.map((p) => (ids.includes(p.id) ? { ...p, topics: [] } : p)),
      })),
    });
    const none = located.find(
      (l) => findCounterparts(located, l.passage.id, editorial).kind !== "counterparts",
    )?.passage.id;
    if (!none) throw new Error("every seed passage has counterparts");
    const stripped = withoutTopics(["opinion-p21", none]);
    const again = compareIndex(locatePassages(stripped), editorial, String, String);
    expect(again.passages["opinion-p21"]?.kind).toBe("counterparts");
    expect(again.passages["opinion-p21"]?.ids).toEqual(index.passages["opinion-p21"]?.ids);
    expect(again.passages[none]).toBeUndefined();
  });
});
