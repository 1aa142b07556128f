import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from ".";

const seed = getComparison(SEED_SLUG);
const tagged = (topic: string) =>
  seed?.documents.flatMap((d) => d.passages.filter((p) => p.topics.includes(topic)).map((p) => p.id));

describe("the seed comparison", () => {
  it("has the 11 documents and the topics the brief names", () => {
    expect(seed?.documents.map((d) => d.id)).toEqual([
      "news",
      "opinion",
      ...Array.from({ length: 9 }, (_, i) => `comment-${i + 1}`),
    ]);
    expect(seed?.topics.slice(0, 3).map((t) => t.id)).toEqual([
      "syria-deconfliction",
      "un-votes",
      "hamas-visits",
    ]);
  });

  // These lists were checked by reading every passage against the topic descriptions; a change to the
  // ingest (shifting ids) or to the annotation must be reviewed again, not absorbed silently.
  it.each([
    [
      "syria-deconfliction",
      [
        "news-p4",
        "opinion-p13",
        "opinion-p14",
        "opinion-p15",
        "opinion-p16",
        "opinion-p17",
        "opinion-p18",
        "opinion-p19",
        "opinion-p34",
        "opinion-p40",
        "comment-4-p1",
        "comment-4-p2",
        "comment-5-p1",
        "comment-6-p5",
        "comment-7-p5",
      ],
    ],
    [
      "un-votes",
      [
        "news-p11",
        "news-p13",
        "news-p18",
        "opinion-p4",
        "opinion-p27",
        "opinion-p37",
        "opinion-p39",
        "comment-2-p2",
        "comment-3-p3",
        "comment-5-p1",
        "comment-6-p2",
        "comment-8-p1",
        "comment-9-p14",
      ],
    ],
    [
      "hamas-visits",
      [
        "news-p15",
        "opinion-p20",
        "opinion-p21",
        "opinion-p22",
        "comment-5-p1",
        "comment-7-p2",
        "comment-7-p3",
      ],
    ],
  ])("tags exactly the reviewed passages with %s", (topic, ids) => {
    expect(tagged(topic)).toEqual(ids);
  });

  it("has a summary for every topic on every source that covers it", () => {
    for (const t of seed?.topics ?? []) expect(Object.keys(t.summaries).length, t.id).toBeGreaterThan(0);
  });

  it("leaves untagged what is not about any shared topic (a mention is not a topic)", () => {
    const byId = new Map(seed?.documents.flatMap((d) => d.passages.map((p) => [p.id, p])));
    // "Long before Hamas attacked Israel from Gaza on Oct. 7…": Hamas is mentioned, Hamas visits are not the topic.
    expect(byId.get("news-p2")?.topics).not.toContain("hamas-visits");
    expect(byId.get("comment-3-p1")?.topics).toEqual([]);
  });
});

describe("the seed's counterparts", () => {
  const passages = seed?.documents.flatMap((d) => d.passages.map((p) => ({ ...p, doc: d.id }))) ?? [];
  const byId = new Map(passages.map((p) => [p.id, p]));

  it("link passages of different documents, both ways, as the shared facts cite them", () => {
    const linked = passages.filter((p) => p.counterparts.length > 0);
    expect(linked.length).toBeGreaterThan(10);
    for (const p of linked) {
      for (const c of p.counterparts) {
        const other = byId.get(c.id);
        expect(other?.doc).not.toBe(p.doc);
        expect(other?.counterparts.map((x) => x.id)).toContain(p.id);
        expect(c.score).toBe(1);
      }
    }
  });

  it("pair the news report's deconfliction passage with the opinion piece's", () => {
    expect(byId.get("news-p4")?.counterparts.map((c) => c.id)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^opinion-p/)]),
    );
  });
});
