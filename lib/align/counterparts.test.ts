import { describe, expect, it } from "vitest";
import { LINK_FEATURES } from "./context-feature";
import { decide, LINK_THRESHOLD, LINK_WEIGHTS, probability } from "./counterparts";
import { alignDocuments } from "./index";
import { parseNeighbours } from "./neighbours";
import { analyse } from "./nlp";

describe("link probability", () => {
  it("rises with every kind of evidence and stays a probability", () => {
    const width = LINK_FEATURES.length;
    expect(LINK_WEIGHTS).toHaveLength(width + 1);
    const none = probability(new Array(width).fill(0), LINK_WEIGHTS);
    expect(none).toBeGreaterThan(0);
    expect(none).toBeLessThan(LINK_THRESHOLD);
    for (let k = 0; k < width; k++) {
      const x = new Array(width).fill(0);
      x[k] = 0.5;
      expect(probability(x, LINK_WEIGHTS)).toBeGreaterThan(none);
    }
    expect(probability(new Array(width).fill(1), LINK_WEIGHTS)).toBeLessThanOrEqual(1);
    expect(probability([0.6, 0.3, 0.6, 0.5, 0.2], LINK_WEIGHTS)).toBeGreaterThan(0.9);
  });
});

describe("decide", () => {
  const rows = [
    [0, 3, 0.9],
    [0, 4, 0.5],
    [1, 3, 0.6],
    [1, 4, 0.2],
    [2, 5, 0.2],
    [2, 4, 0.1],
  ] as const;
  const scored = {
    source: Int32Array.from(rows, (r) => r[0]),
    target: Int32Array.from(rows, (r) => r[1]),
    score: Float64Array.from(rows, (r) => r[2]),
  };
  const { links, candidates } = decide(scored, 0.34, 2);

  it("links each passage to its own best when it reaches the bar, one-to-many", () => {
    // 0 and 1 both take 3 (not mutual best for 1); 4's best is 0 (0.5); 2 and 5 stay unlinked.
    expect(links).toEqual([
      { source: 0, target: 3, score: 0.9 },
      { source: 0, target: 4, score: 0.5 },
      { source: 1, target: 3, score: 0.6 },
    ]);
  });

  it("ranks suggestions best first for every passage, linked or not", () => {
    expect(candidates.get(2)).toEqual([
      { other: 5, score: 0.2 },
      { other: 4, score: 0.1 },
    ]);
    expect(candidates.get(4)?.map((c) => c.other)).toEqual([0, 1]);
    expect(candidates.get(3)).toHaveLength(2);
  });
});

describe("numbers and abbreviations", () => {
  it("keeps decimal points and thousands, expands Jan. and Sen., reads US as a name", () => {
    const f = analyse("Sen. Brown signed the $5.7 billion bill on Jan. 5 with 1,000 people in the US, 12%.");
    expect(f.terms).toEqual(expect.arrayContaining(["5.7", "senator", "january", "1000", "us", "percent"]));
    expect(f.terms).not.toContain("57");
    expect(f.surface.get("1000")).toBe("1,000");
  });
});

describe("reading order", () => {
  it("gives a passage the same features whatever was read before it", () => {
    const text = "Mr. Quillfeather’s budget plan cuts Medicare.";
    const before = analyse(text);
    // wink keeps "Quillfeather’s" as one word once it has read it at a sentence's end.
    analyse("The plan is similar to Mr. Quillfeather’s.");
    const after = analyse(text);
    expect(after.terms).toEqual(before.terms);
    expect(after.names).toEqual(before.names);
    expect(before.names).toContain("quillfeather");
  });
});

describe("word neighbours", () => {
  it("parses the table into ids with cosines, nearest first", () => {
    const t = parseNeighbours("vote\tballot:80 election:75\nballot\tvote:80\n");
    const id = (w: string) => t.ids.get(w) as number;
    expect([...(t.near[id("vote")] ?? [])]).toEqual([id("ballot"), id("election")]);
    expect(t.cos[id("vote")]?.[0]).toBeCloseTo(0.8);
    expect(t.near[id("election")]).toBeUndefined();
  });
});

describe("counterparts end to end", () => {
  const a = [
    "The city council approved a $5.7 billion budget on Tuesday after a long debate.",
    "Critics said the plan ignored the river bridge.",
    "The mayor's dog won a prize at the county fair.",
  ].join("\n\n");
  const b = [
    "Councillors passed the $5.7 billion spending plan on Tuesday.",
    "Opponents argued the budget ignored the river bridge entirely.",
    "Weather: sunny spells, light winds from the west.",
  ].join("\n\n");
  const r = alignDocuments({ documents: [{ text: a }, { text: b }] });
  const passages = r.documents.flatMap((d) => d.passages);

  it("links paraphrased counterparts and leaves unrelated passages unlinked", () => {
    const pairs = r.links.map((l) => `${l.source}>${l.target}`);
    expect(pairs).toContain("doc-1-p1>doc-2-p1");
    expect(pairs).toContain("doc-1-p2>doc-2-p2");
    const linked = new Set(r.links.flatMap((l) => [l.source, l.target]));
    expect(linked.has("doc-1-p3")).toBe(false);
    expect(linked.has("doc-2-p3")).toBe(false);
  });

  it("gives every passage ranked candidates in the other text, best first, scored like links", () => {
    for (const p of passages) {
      const scores = p.candidates.map((c) => c.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      expect(p.candidates.length).toBeLessThanOrEqual(3);
      for (const c of p.candidates) expect(c.id.split("-p")[0]).not.toBe(p.id.split("-p")[0]);
    }
    const first = passages[0];
    const link = r.links.find((l) => l.source === first?.id);
    expect(first?.candidates[0]).toEqual({ id: link?.target, score: link?.score });
  });
});
