import { describe, expect, it } from "vitest";
import { fixtureDocument } from "../corpus/fixtures";
import type { SourceDocument } from "../corpus/schema";
import { applyFraming } from "./validate";

const doc = (id: string, kind: SourceDocument["kind"], topics: string[][]) =>
  fixtureDocument(
    id,
    kind,
    topics.map((t) => ({ topics: t })),
  );
const ctx = {
  documents: [
    doc("news", "news", [["un"], []]),
    fixtureDocument("op", "opinion", [{ text: "In December 2016, the UN voted.", topics: ["un"] }]),
    doc("c1", "comment", [["un"]]),
  ],
  topics: [{ id: "un", label: "UN", description: "UN votes." }],
};
const framing = {
  source: "news",
  frames: [{ dimension: "political", reason: "r" }],
  voice: "attributed",
  voiceNote: "n",
  passages: ["news-p1"],
};
const compare = {
  topics: {
    un: {
      bothReport: [{ fact: "Russia voted.", passages: { news: ["news-p1"], op: ["op-p1", "c1-p1"] } }],
      onlyIn: [{ source: "comments", text: "A commenter says…", passages: ["c1-p1"] }],
      cited: [
        {
          source: "news",
          name: "Navon",
          role: "ELNET",
          kind: "person",
          use: "quoted",
          passages: ["news-p1"],
        },
      ],
      framing: [framing],
    },
  },
};
const timeline = {
  events: [
    {
      id: "vote",
      date: "2016-12",
      dateWords: "In December 2016",
      label: "A vote",
      topics: ["un"],
      passages: ["op-p1"],
    },
  ],
};
const claims = {
  claims: [
    {
      id: "c",
      topic: "un",
      source: "op",
      claim: "The piece says…",
      passages: ["op-p1"],
      prompts: { who: "w", evidence: "e", otherSources: "o" },
    },
  ],
};
const files = (over: { compare?: unknown; timeline?: unknown; claims?: unknown } = {}) => ({
  compare: ["compare.json", over.compare ?? compare] as [string, unknown],
  timeline: ["timeline.json", over.timeline ?? timeline] as [string, unknown],
  claims: ["claims.json", over.claims ?? claims] as [string, unknown],
});
const withTopic = (entry: object) => ({ topics: { un: { ...compare.topics.un, ...entry } } });

describe("applyFraming", () => {
  it("returns valid framing data with event date precision", () => {
    const result = applyFraming(files(), ctx);
    expect(result.timeline[0]).toMatchObject({ id: "vote", precision: "month" });
    expect(result.compare.un?.bothReport).toHaveLength(1);
  });

  it("orders the timeline by when each event happened, whatever its precision", () => {
    const undated = { ...timeline.events[0], dateWords: undefined, datedBy: "editors" };
    const events = [
      { ...undated, id: "month", date: "2023-10" },
      { ...undated, id: "day", date: "2023-10-07" },
      { ...undated, id: "year", date: "2016" },
    ];
    expect(applyFraming(files({ timeline: { events } }), ctx).timeline.map((e) => e.id)).toEqual([
      "year",
      "day",
      "month",
    ]);
  });

  it.each([
    [
      "a shared fact citing one side only",
      files({ compare: withTopic({ bothReport: [{ fact: "x", passages: { news: ["news-p1"] } }] }) }),
      /compare\.json[\s\S]*topics\["un"\]\.bothReport\[0\]: a shared fact must cite passages on at least two sides/,
    ],
    [
      "a shared-fact passage on the wrong side",
      files({
        compare: withTopic({ bothReport: [{ fact: "x", passages: { news: ["op-p1"], op: ["op-p1"] } }] }),
      }),
      /bothReport\[0\]\.passages\["news"\]\[0\]: "op-p1" is not on side "news"/,
    ],
    [
      "a shared-fact passage not on the topic",
      files({
        compare: withTopic({ bothReport: [{ fact: "x", passages: { news: ["news-p2"], op: ["op-p1"] } }] }),
      }),
      /"news-p2" is not tagged "un"/,
    ],
    [
      "an unknown passage",
      files({ compare: withTopic({ onlyIn: [{ source: "news", text: "t", passages: ["news-p9"] }] }) }),
      /onlyIn\[0\]\.passages\[0\]: unknown passage id "news-p9"/,
    ],
    [
      "a passage outside its source",
      files({ compare: withTopic({ framing: [{ ...framing, source: "comments" }] }) }),
      /framing\[0\]\.passages\[0\]: "news-p1" is not in source "comments"/,
    ],
    [
      "an unknown frame dimension",
      files({
        compare: withTopic({ framing: [{ ...framing, frames: [{ dimension: "vibes", reason: "r" }] }] }),
      }),
      /topics\.un\.framing\[0\]\.frames\[0\]\.dimension/,
    ],
    [
      "a missing compare entry for a shared topic",
      files({ compare: { topics: {} } }),
      /topics\["un"\]: missing \(both sides cover this topic\)/,
    ],
    [
      "a malformed event date",
      files({ timeline: { events: [{ ...timeline.events[0], date: "Dec 2016" }] } }),
      /timeline\.json[\s\S]*events\[0\]\.date: must be YYYY, YYYY-MM or YYYY-MM-DD/,
    ],
    [
      "an impossible event date",
      files({ timeline: { events: [{ ...timeline.events[0], date: "2016-13" }] } }),
      /events\[0\]\.date: not a calendar date "2016-13"/,
    ],
    [
      "an unknown event topic",
      files({ timeline: { events: [{ ...timeline.events[0], topics: ["nope"] }] } }),
      /events\[0\]\.topics\[0\]: unknown topic id "nope"/,
    ],
    [
      "a shared topic without claims",
      files({ claims: { claims: [] } }),
      /claims\.json[\s\S]*claims: none on "un"/,
    ],
    [
      "more than three claims on a topic",
      files({ claims: { claims: [1, 2, 3, 4].map((i) => ({ ...claims.claims[0], id: `c${i}` })) } }),
      /4 claims on "un" \(at most 3 per topic\)/,
    ],
  ])("rejects %s, naming the file and the entry", (_, input, message) => {
    expect(() => applyFraming(input, ctx)).toThrow(message);
  });
});
