import { describe, expect, it } from "vitest";
import { fixtureDocument } from "../corpus/fixtures";
import { applyFraming } from "./validate";

/**
 * Each check is shown failing on an entry as it stood before issue 16 (the editorial audit's findings),
 * with the real passage text it cites, and passing once the entry is fixed.
 */
const OPINION = {
  p15: "According to Asharq Al-Awsat,  Syrian and Israeli officials reportedly met at Hmeimim Air Base in Syria under the auspices of Russia in December 2020.",
  p16: "“The Russia-sponsored meeting tackled several issues, including Israel’s demand for Iran to pull out its militias from Syria, said the Jusoor for Studies website.",
  p34: "After the Obama administration ostracized the Sisi government for overthrowing the Muslim Brotherhood regime in Egypt, Putin traveled to Cairo and turned Egypt into a Russian strategic ally.",
};
const NEWS_P18 =
  "Just last Friday, the Russian ambassador to Tel Aviv, Anatoly Viktorov, was called to the Israeli Foreign Office to protest remarks by Russian officials at the United Nations.";
const COMMENT_5 =
  "Russia has repeatedly denounced the Israeli Air Force for allegedly placing Russian aircraft in Syria in danger. It even blamed Israel when the Syrians shot down a Russian plane.";
const COMMENT_1 =
  "This post is April 2024, 6 months after the horrific attack by Hamas on innocent Israelis. But recently Putin and Russian civilians had a taste of Islamists killing their own in Moscow no less.";

const ctx = {
  documents: [
    fixtureDocument("news", "news", [{ text: NEWS_P18, topics: ["syria", "iran"] }]),
    fixtureDocument("opinion", "opinion", [
      { text: OPINION.p15, topics: ["syria"] },
      { text: OPINION.p16, topics: ["syria"] },
      { text: OPINION.p34, topics: ["syria"] },
    ]),
    {
      ...fixtureDocument("comment-5", "comment", [{ text: COMMENT_5, topics: ["syria"] }]),
      replyTo: "opinion",
    },
    { ...fixtureDocument("comment-1", "comment", [{ text: COMMENT_1, topics: [] }]), replyTo: "opinion" },
  ],
  topics: [
    { id: "syria", label: "Syria", description: "Syria." },
    { id: "iran", label: "Iran", description: "Iran." },
  ],
};
const compare = {
  topics: {
    syria: {
      bothReport: [{ fact: "Russia is in Syria.", passages: { news: ["news-p1"], opinion: ["opinion-p1"] } }],
      onlyIn: [],
      cited: [],
      framing: [
        {
          source: "news",
          frames: [{ dimension: "political", reason: "r" }],
          voice: "asserted",
          voiceNote: "n",
          passages: ["news-p1"],
        },
      ],
    },
  },
};
const claim = (over: object) => ({
  id: "c",
  topic: "syria",
  source: "opinion",
  claim: "The piece says Syrian and Israeli officials reportedly met.",
  passages: ["opinion-p1"],
  prompts: { who: "w", evidence: "e", otherSources: "o" },
  ...over,
});
const event = (over: object) => ({
  id: "e",
  date: "2020-12",
  dateWords: "in December 2020",
  label: "Officials reportedly meet",
  topics: ["syria"],
  passages: ["opinion-p1"],
  ...over,
});
const run = (over: { compare?: unknown; events?: unknown[]; claims?: unknown[] }) =>
  applyFraming(
    {
      compare: ["compare.json", over.compare ?? compare],
      timeline: ["timeline.json", { events: over.events ?? [event({})] }],
      claims: ["claims.json", { claims: over.claims ?? [claim({})] }],
    },
    ctx,
  );

describe("every quotation is verbatim in the passages it cites", () => {
  it("rejects a respelled quotation (claims: “ostracised”)", () => {
    const old = claim({
      passages: ["opinion-p3"],
      claim: "The piece says Putin turned Egypt into a Russian strategic ally.",
      prompts: {
        who: 'The authors\' own account; "ostracised" is their word.',
        evidence: "e",
        otherSources: "o",
      },
    });
    expect(() => run({ claims: [old] })).toThrow(
      /claims\[0\]\.who: quotes “ostracised”, which is not in the passages/,
    );
    const fixed = {
      ...old,
      prompts: { ...old.prompts, who: 'The authors\' own account; "ostracized" is their word.' },
    };
    expect(() => run({ claims: [fixed] })).not.toThrow();
  });

  it("rejects a quotation whose capital letter the text does not have (“just last Friday”)", () => {
    const old = claim({
      source: "news",
      passages: ["news-p1"],
      claim: 'The report says that ("just last Friday") Israel called in the ambassador.',
    });
    expect(() => run({ claims: [old] })).toThrow(/quotes “just last Friday”/);
    expect(() => run({ claims: [{ ...old, claim: old.claim.replace("just", "Just") }] })).not.toThrow();
  });

  it("rejects a quotation of a passage the entry does not cite", () => {
    const entry = {
      source: "opinion",
      text: "The piece says they “reportedly met.”",
      passages: ["opinion-p3"],
    };
    const withOnlyIn = { topics: { syria: { ...compare.topics.syria, onlyIn: [entry] } } };
    expect(() => run({ compare: withOnlyIn })).toThrow(/onlyIn\[0\]\.text: quotes “reportedly met.”/);
  });
});

describe("a passage an entry cites carries the entry's topic", () => {
  it("rejects an event on Iran none of whose passages is tagged Iran (hmeimim-meeting-2020, before A2)", () => {
    expect(() => run({ events: [event({ topics: ["syria", "iran"] })] })).toThrow(
      /events\[0\]\.topics\[1\]: none of the event's passages is tagged "iran"/,
    );
  });

  it("rejects a shared fact citing a passage off its topic", () => {
    const off = {
      topics: {
        iran: {
          ...compare.topics.syria,
          bothReport: [{ fact: "x", passages: { news: ["news-p1"], opinion: ["opinion-p2"] } }],
        },
      },
    };
    expect(() => run({ compare: off })).toThrow(/"opinion-p2" is not tagged "iran"/);
  });
});

describe("a claim keeps the hedges of the passages it cites", () => {
  it("rejects a claim that drops “allegedly” (K1) or “reportedly” (K2)", () => {
    const k1 = claim({
      source: "comments",
      passages: ["comment-5-p1"],
      claim:
        "A commenter says Russia has repeatedly denounced the Israeli Air Force for endangering Russian aircraft in Syria.",
    });
    expect(() => run({ claims: [k1] })).toThrow(/claims\[0\]\.claim: drops “allegedly”/);
    const k2 = claim({ claim: "The piece says Syrian and Israeli officials met at Hmeimim." });
    expect(() => run({ claims: [k2] })).toThrow(/drops “reportedly”/);
  });

  it("accepts a dropped hedge only with a note saying why, and refuses a note with nothing to explain", () => {
    const votes = claim({
      source: "comments",
      passages: ["comment-5-p1"],
      claim: "A commenter says Russia blamed Israel.",
    });
    expect(() => run({ claims: [votes] })).toThrow(/drops “allegedly”/);
    const noted = { ...votes, hedgeNotes: { allegedly: "It qualifies another sentence." } };
    expect(() => run({ claims: [noted] })).not.toThrow();
    expect(() => run({ claims: [claim({ hedgeNotes: { reportedly: "kept anyway" } })] })).toThrow(
      /hedgeNotes\.reportedly: the claim keeps “reportedly”/,
    );
  });
});

describe("an event the texts do not date is marked as dated by the editors", () => {
  const moscow = {
    id: "moscow",
    date: "2024-03",
    qualifier: "about",
    label: "Attack in Moscow",
    topics: [],
    passages: ["comment-1-p1"],
  };

  it("rejects an event with no date words that is not marked (moscow-attack-2024, T2)", () => {
    expect(() => run({ events: [moscow] })).toThrow(
      /events\[0\]\.dateWords: the passages' words that give the date are missing/,
    );
    expect(() => run({ events: [{ ...moscow, datedBy: "editors" }] })).not.toThrow();
  });

  it("rejects date words that give no date, or another date, or are not in the passages", () => {
    expect(() => run({ events: [{ ...moscow, dateWords: "recently" }] })).toThrow(/“recently” gives no date/);
    expect(() => run({ events: [{ ...moscow, dateWords: "This post is April 2024" }] })).toThrow(
      /names another month than 2024-03/,
    );
    expect(() => run({ events: [{ ...moscow, dateWords: "in March 2024" }] })).toThrow(
      /is not in the event's passages/,
    );
  });
});
