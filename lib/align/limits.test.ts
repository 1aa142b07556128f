import { describe, expect, it } from "vitest";
import { buildImport } from "../catalog/build-import";
import type { ImportRequest } from "../catalog/schema";
import { newComparisonSchema } from "../corpus/input-schema";
import { TEXT_LIMITS } from "../limits";
import { strongest } from "./discover";
import { AlignLimitError, alignDocuments, estimateAlign } from "./index";

/** What the save stores for these texts: the aligner's proposal, validated as storage validates it. */
function saveOf(texts: string[]) {
  const aligned = alignDocuments({ documents: texts.map((text) => ({ text })) });
  const request: ImportRequest = {
    title: "T",
    description: "",
    documents: texts.map((text, i) => ({
      title: `Text ${i + 1}`,
      outlet: "Outlet",
      genre: "news",
      publishedAt: null,
      url: null,
      text,
    })),
  };
  const stored = newComparisonSchema.safeParse(buildImport(request, aligned));
  return { aligned, stored };
}

/** A made-up word per index: passages `i` of two texts share a rare name and nothing else. */
const SYLLABLES = [
  ["Bal", "Kes", "Mor", "Tav", "Zin", "Lup"],
  ["ora", "trin", "ussa", "elik", "ondo"],
  ["ville", "stad", "mark", "by"],
];
const name = (i: number) =>
  SYLLABLES.map((s, k) => s[Math.floor(i / (k === 0 ? 1 : k === 1 ? 6 : 30)) % s.length]).join("");

describe("the preview and the save agree on passage limits", () => {
  const paragraph = (chars: number) => `${"word ".repeat(chars).slice(0, chars - 1)}.`;

  it("a passage at the limit is aligned and stored", () => {
    const { stored } = saveOf([paragraph(TEXT_LIMITS.maxPassageChars), "A short word."]);
    expect(stored.success).toBe(true);
  });

  it("a passage over the limit is refused by the aligner (413), naming it, before storage sees it", () => {
    const texts = ["Intro.", `Short.\n\n${paragraph(TEXT_LIMITS.maxPassageChars + 1)}`];
    expect(() => alignDocuments({ documents: texts.map((text) => ({ text })) })).toThrow(
      expect.objectContaining({
        status: 413,
        message: expect.stringMatching(/^Passage 2 of text 2 has 20,001 characters; the limit is 20,000/),
      }),
    );
  });

  it("more passages than storage keeps are refused the same way", () => {
    const many = Array.from({ length: TEXT_LIMITS.maxPassages + 1 }, (_, i) => `P ${i}.`).join("\n\n");
    expect(() => alignDocuments({ documents: [{ text: many }, { text: "x" }] })).toThrow(AlignLimitError);
  });
});

describe("discovered topics stay within what storage keeps", () => {
  it("keeps the strongest groups, in text order, when there are more than the cap", () => {
    const groups = [
      [0, 10],
      [1, 11],
      [2, 12, 13],
    ];
    const links = [
      { source: 0, target: 10, score: 0.2 },
      { source: 1, target: 11, score: 0.9 },
      { source: 2, target: 12, score: 0.5 },
      { source: 2, target: 13, score: 0.5 },
    ];
    expect(strongest(groups, links, 2)).toEqual([
      [1, 11],
      [2, 12, 13],
    ]);
    expect(strongest(groups, links, 5)).toBe(groups);
  });

  it("many shared names yield at most maxDiscoveredTopics topics, and the save stores them", () => {
    const n = TEXT_LIMITS.maxDiscoveredTopics + 20;
    const text = (k: number) =>
      Array.from({ length: n }, (_, i) => `${name(i)} ${k ? "signed" : "met"} ${name(i)}.`).join("\n\n");
    const { aligned, stored } = saveOf([text(0), text(1)]);
    expect(aligned.links.length).toBeGreaterThan(TEXT_LIMITS.maxDiscoveredTopics);
    expect(aligned.topics).toHaveLength(TEXT_LIMITS.maxDiscoveredTopics);
    expect(stored.success).toBe(true);
    expect(TEXT_LIMITS.maxDiscoveredTopics).toBeLessThanOrEqual(TEXT_LIMITS.maxStoredTopics);
  });
});

describe("estimateAlign", () => {
  it("grows with characters and with passage pairs across texts", () => {
    const few = estimateAlign(["a\n\nb", "c\n\nd"]);
    const manyPairs = estimateAlign(["a\n\n".repeat(2000), "c\n\n".repeat(2000)]);
    expect(manyPairs).toBeGreaterThan(few + 1000);
    expect(estimateAlign(["x".repeat(200_000), "y"])).toBeGreaterThan(few + 900);
  });
});
