import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildComparison } from "../catalog/seeds";
import { applyAnnotations } from "./annotations";
import { fixtureDocument } from "./fixtures";
import type { SourceDocument } from "./schema";

const doc = (id: string, kind: SourceDocument["kind"], texts: string[]) =>
  fixtureDocument(
    id,
    kind,
    texts.map((text) => ({ text })),
  );
const docs = [
  doc("news", "news", ["Russia vetoed it.", "Weather."]),
  doc("op", "opinion", ["A veto!"]),
  doc("c1", "comment", ["Vetoes."]),
];
const topic = { id: "un-votes", label: "UN votes", description: "Votes at the UN." };
const valid = {
  topics: [topic],
  passages: {
    "news-p1": { excerpt: "Russia vetoed", topics: ["un-votes"] },
    "news-p2": { excerpt: "Weather", topics: [] },
    "op-p1": { excerpt: "A veto", topics: ["un-votes"] },
    "c1-p1": { excerpt: "Vetoes", topics: ["un-votes"] },
  },
  summaries: { "un-votes": { news: "The report says…", op: "The piece says…", comments: "Commenters say…" } },
};

describe("applyAnnotations", () => {
  it("applies topics to passages and summaries to topics", () => {
    const result = applyAnnotations("a.json", valid, docs);
    expect(result.documents[0]?.passages.map((p) => p.topics)).toEqual([["un-votes"], []]);
    expect(result.topics[0]?.summaries).toEqual(valid.summaries["un-votes"]);
  });

  it.each([
    [
      "an unknown topic id",
      { passages: { ...valid.passages, "news-p2": { excerpt: "Weather", topics: ["nope"] } } },
      /a\.json[\s\S]*passages\["news-p2"\]\.topics\[0\]: unknown topic id "nope"/,
    ],
    [
      "an unknown passage id",
      { passages: { ...valid.passages, "news-p9": { excerpt: "x", topics: [] } } },
      /passages\["news-p9"\]: unknown passage id/,
    ],
    [
      "a missing passage",
      { passages: { ...valid.passages, "news-p2": undefined } },
      /passages\["news-p2"\]: missing/,
    ],
    [
      "a summary quoting words its source's passages on the topic do not have",
      {
        summaries: { "un-votes": { ...valid.summaries["un-votes"], op: "The piece says “a Russian veto”." } },
      },
      /summaries\["un-votes"\]\["op"\]: quotes “a Russian veto”, which is not in the passages it cites/,
    ],
    [
      "a summary quoting another source's passage",
      {
        summaries: {
          "un-votes": { ...valid.summaries["un-votes"], op: "The piece says Russia “vetoed it.”" },
        },
      },
      /\["op"\]: quotes “vetoed it.”/,
    ],
    [
      "an excerpt that does not match",
      { passages: { ...valid.passages, "op-p1": { excerpt: "No veto", topics: ["un-votes"] } } },
      /passages\["op-p1"\]\.excerpt: passage text does not start with “No veto”/,
    ],
    [
      "a malformed entry",
      { passages: { ...valid.passages, "op-p1": { topics: "un-votes" } } },
      /passages\.op-p1\.excerpt[\s\S]*passages\.op-p1\.topics/,
    ],
    [
      "a topic id that is not kebab-case",
      { topics: [{ ...topic, id: "UN Votes" }] },
      /topics\[0\]\.id: must be kebab-case/,
    ],
    ["a duplicate topic", { topics: [topic, topic] }, /topics\[1\]: duplicate topic id "un-votes"/],
    [
      "a missing summary",
      { summaries: { "un-votes": { news: "x", op: "y" } } },
      /summaries\["un-votes"\]\["comments"\]: missing summary/,
    ],
    [
      "a summary for a source that has no such passage",
      { summaries: { "un-votes": { ...valid.summaries["un-votes"], c9: "z" } } },
      /summaries\["un-votes"\]\["c9"\]: no passage of "c9"/,
    ],
  ])("rejects %s, naming the file and the entry", (_, change, message) => {
    const broken = JSON.parse(JSON.stringify({ ...valid, ...change }));
    expect(() => applyAnnotations("a.json", broken, docs)).toThrow(message);
  });
});

describe("the seed data on disk", () => {
  it("fails to build with a clear message when the annotation file is broken", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parallax-data-"));
    cpSync(path.join(process.cwd(), "data"), dir, { recursive: true });
    const file = path.join(dir, "comparisons", "israel-russia", "annotations.json");
    writeFileSync(
      file,
      JSON.stringify({
        topics: [topic],
        passages: { "news-p1": { excerpt: "Israel", topics: ["no-such-topic"] } },
        summaries: {},
      }),
    );
    expect(() => buildComparison(dir, "israel-russia")).toThrow(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid annotation[\\s\\S]*passages\\["news-p1"\\]\\.topics\\[0\\]: unknown topic id "no-such-topic"`,
      ),
    );
  });
});
