import { describe, expect, it } from "vitest";
import { alignDocuments, alignResultSchema, MAX_SCORE } from "./index";
import { redundant } from "./key-phrases";

const news = [
  "# World news",
  "Russia vetoed a Security Council resolution on Tuesday, the third veto this year.",
  "Israeli jets struck Iranian weapons depots near Damascus, Syria, after coordinating with Russian forces.",
  "The weather in Tel Aviv was mild and sunny all week, Russian tourists said.",
].join("\n\n");
const opinion = [
  "Syria matters most: Israeli strikes on Iranian depots near Damascus need Russian forces to look away.",
  "At the Security Council, the Russian veto of the resolution showed whose side Moscow is on.",
  "My Russian neighbour grows excellent tomatoes in her garden.",
].join("\n\n");

describe("alignDocuments", () => {
  const result = alignDocuments({ documents: [{ text: news }, { text: opinion }] });

  it("numbers documents and passages in input order, and the result passes its own schema", () => {
    expect(result.documents.map((d) => d.passages.map((p) => p.id))).toEqual([
      ["doc-1-p1", "doc-1-p2", "doc-1-p3", "doc-1-p4"],
      ["doc-2-p1", "doc-2-p2", "doc-2-p3"],
    ]);
    expect(result.documents[0]?.passages[0]?.type).toBe("heading");
    expect(alignResultSchema.safeParse(result).success).toBe(true);
  });

  it("links each passage to its obvious counterpart, once, earlier document as source", () => {
    const pairs = result.links.map((l) => `${l.source}>${l.target}`);
    expect(pairs).toContain("doc-1-p2>doc-2-p2");
    expect(pairs).toContain("doc-1-p3>doc-2-p1");
    for (const l of result.links) {
      expect(l.score).toBeGreaterThan(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(Math.round(l.score * 1000) / 1000).toBe(l.score);
    }
  });

  it("never scores a link 1, the score of a link set by hand, even for the same text twice", () => {
    const same = "The minister said on Tuesday that the talks in Moscow would resume next week.";
    const twin = alignDocuments({
      documents: [{ text: same }, { text: same }],
    });
    const scores = [
      ...twin.links.map((l) => l.score),
      ...twin.documents.flatMap((d) => d.passages.flatMap((p) => p.candidates.map((c) => c.score))),
    ];
    expect(scores.length).toBeGreaterThan(0);
    expect(Math.max(...scores)).toBe(MAX_SCORE);
  });

  it("gives a passage with no counterpart no link", () => {
    const linked = new Set(result.links.flatMap((l) => [l.source, l.target]));
    expect(linked.has("doc-1-p4")).toBe(false);
    expect(linked.has("doc-2-p3")).toBe(false);
  });

  it("tags given topics on the passages that match them, several or none", () => {
    const tagged = alignDocuments({
      documents: [{ text: news }, { text: opinion }],
      topics: [
        { id: "un-votes", label: "UN votes", keywords: ["Security Council resolution", "veto"] },
        {
          id: "syria",
          label: "Syria strikes",
          keywords: ["Israeli strikes on Iranian targets", "Russian forces"],
        },
      ],
    });
    const topicsOf = (d: number) => tagged.documents[d]?.passages.map((p) => p.topics);
    expect(topicsOf(0)).toEqual([[], ["un-votes"], ["syria"], []]);
    expect(topicsOf(1)).toEqual([["syria"], ["un-votes"], []]);
    expect(tagged.topics).toEqual([
      { id: "un-votes", label: "UN votes" },
      { id: "syria", label: "Syria strikes" },
    ]);
  });

  it("discovers topics from linked passages when none are given, with readable names and unique kebab ids", () => {
    expect(result.topics.length).toBeGreaterThanOrEqual(2);
    const ids = result.topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    const labelOf = (pid: string) => {
      const p = result.documents.flatMap((d) => d.passages).find((x) => x.id === pid);
      return result.topics.find((t) => t.id === p?.topics[0])?.label ?? "";
    };
    expect(labelOf("doc-1-p2")).toMatch(/veto|Security Council|resolution/i);
    expect(labelOf("doc-2-p1")).toMatch(/Damascus|depot|Iranian|strike/i);
    expect(result.documents[0]?.passages[3]?.topics).toEqual([]);
  });

  it("is deterministic and handles several documents", () => {
    const three = { documents: [{ text: news }, { text: opinion }, { text: opinion }] };
    expect(alignDocuments(three)).toEqual(alignDocuments(three));
    const links = alignDocuments(three).links;
    expect(links.some((l) => l.source.startsWith("doc-2") && l.target.startsWith("doc-3"))).toBe(true);
  });
});

describe("discovered topic names", () => {
  it("drop key phrases that repeat another one's words or initials", () => {
    expect(redundant("security council", "council")).toBe(true);
    expect(redundant("12 million euros", "twelve million euros")).toBe(true);
    expect(redundant("elm river", "er")).toBe(true);
    expect(redundant("mayor ana ruiz", "mayor ruiz")).toBe(true);
    expect(redundant("elm river", "footbridge")).toBe(false);
    expect(redundant("united nations", "veto")).toBe(false);
  });

  it("never name a topic after a day, a date, an outlet or made-up initials", () => {
    const a = [
      "Fox News reported on Tuesday that the Elm River footbridge will cost 12.5 million euros.",
      "On Tuesday, Fox News said Mayor Ana Ruiz backed the Elm River footbridge at 12.5 million euros.",
    ].join("\n\n");
    const b = [
      "The New York Times said on Tuesday the Elm River footbridge costs 12.5 million euros.",
      "Mayor Ana Ruiz defended the Elm River footbridge on Tuesday, The New York Times reported.",
    ].join("\n\n");
    const r = alignDocuments({ documents: [{ text: a }, { text: b }] });
    expect(r.topics.length).toBeGreaterThan(0);
    for (const t of r.topics) {
      expect(t.label).not.toMatch(/Tuesday|Fox|News|York|Times|\ber\b|\bar\b/);
    }
    expect(r.topics.map((t) => t.label).join(" ")).toMatch(
      /Elm River|footbridge|12\.5 million euros|Ana Ruiz/,
    );
  });
});
