import { describe, expect, it } from "vitest";
import { alignDocuments } from "./index";
import { phrasesOf } from "./topics";

const topics = [
  { id: "hamas-visits", label: "Hamas in Moscow", keywords: ["Hamas delegations hosted in Moscow"] },
  {
    id: "syria",
    label: "Syria talks",
    keywords: ["Israeli strikes on Iranian targets in Syria", "Russian forces in Syria"],
  },
];
const tagsOf = (texts: string[]) =>
  alignDocuments({ documents: texts.map((text) => ({ text })), topics }).documents.map((d) =>
    d.passages.map((p) => p.topics),
  );

describe("topic tagging", () => {
  it("takes a mention for no topic: one word of a phrase, or its words in different sentences", () => {
    const [tags] = tagsOf([
      [
        "Russia hosted a Hamas delegation in Moscow.",
        "Hamas attacked Israel.",
        "Hamas fought. Moscow watched.",
      ].join("\n\n"),
      "Elsewhere, nothing happened at all.",
    ]);
    expect(tags).toEqual([["hamas-visits"], [], []]);
  });

  it("matches a proper noun's adjective (Russia, Russian; Syria, Syrian)", () => {
    const r = alignDocuments({
      documents: [{ text: "The Russian spoke with the Syrian." }, { text: "Unrelated words about weather." }],
      topics: [{ id: "ties", label: "Russia and Syria" }],
    });
    expect(r.documents[0]?.passages[0]?.topics).toEqual(["ties"]);
  });

  it("lends a run's topic to a weak passage inside it, but not across a heading", () => {
    const run = [
      "Israeli strikes on Iranian targets in Syria continued, and Russian forces in Syria watched.",
      "Israeli jets struck again.",
      "Russian forces in Syria saw Israeli strikes on Iranian targets.",
      "# Other matters",
      "Israeli jets struck again.",
    ].join("\n\n");
    const [tags] = tagsOf([run, "Nothing related here whatsoever."]);
    expect(tags).toEqual([["syria"], ["syria"], ["syria"], [], []]);
    // Alone, the weak passage is not enough.
    expect(tagsOf(["Israeli jets struck again.", "Nothing related here whatsoever."])[0]).toEqual([[]]);
  });

  it("tags the same passages however the topic is phrased, and a mention under none", () => {
    const text = [
      "Russia hosted a Hamas delegation in Moscow last week.",
      "Hamas attacked Israel.",
      "The weather in Moscow was cold.",
      "Syria's air defences were upgraded by Russian engineers near the Golan.",
    ].join("\n\n");
    const phrasings = [
      { label: "Hamas in Moscow" },
      { label: "Hamas in Moscow", keywords: ["Hamas", "delegation", "hosted", "Moscow", "Russia"] },
      {
        label: "Hamas in Moscow",
        keywords: ["Hamas delegations hosted in Moscow, and Russia's contacts with Hamas."],
      },
      { label: "Visits", keywords: ["Hamas delegation", "hosted in Moscow"] },
    ];
    for (const t of phrasings) {
      const r = alignDocuments({
        documents: [{ text }, { text: "Nothing related here whatsoever." }],
        topics: [{ id: "hamas-visits", ...t }],
      });
      expect(
        r.documents[0]?.passages.map((p) => p.topics),
        JSON.stringify(t),
      ).toEqual([["hamas-visits"], [], [], []]);
    }
  });

  it("reads a label given alone more broadly: a word-vector neighbour completes a phrase, never starts one", () => {
    const text = [
      "Hamas went to the Kremlin for talks.",
      "The Kremlin hosted talks with Egypt.",
      "Hamas fighters crossed the border.",
    ].join("\n\n");
    const tags = (t: { label: string; keywords?: string[] }) =>
      alignDocuments({
        documents: [{ text }, { text: "Nothing related here whatsoever." }],
        topics: [{ id: "hamas-visits", ...t }],
      }).documents[0]?.passages.map((p) => p.topics);
    // "Moscow" meets "Kremlin" (a neighbour in the table), but "Kremlin" without "Hamas" is no match.
    expect(tags({ label: "Hamas in Moscow" })).toEqual([["hamas-visits"], [], []]);
    // Keywords say which words the teacher means: the label is then read as written.
    expect(tags({ label: "Hamas in Moscow", keywords: ["Hamas delegations hosted in Moscow"] })).toEqual([
      [],
      [],
      [],
    ]);
  });

  it("reads a label's words alone when the label names nothing by itself, and a name in capitals as a name", () => {
    const text = [
      "Israel has a thriving trade with Russia.",
      "Israel would be in a far better position.",
      "Washington said the US would act.",
      "Europe imposed new sanctions.",
    ].join("\n\n");
    const tags = (label: string) =>
      alignDocuments({
        documents: [{ text }, { text: "Nothing related here whatsoever.\n\nRain fell on the fields." }],
        topics: [{ id: "t", label }],
      }).documents[0]?.passages.map((p) => p.topics.length > 0);
    expect(tags("Trade and technology")).toEqual([true, false, false, false]);
    // Beside a name, a label's common words narrow it: "positions" alone is not the UN's.
    expect(tags("The UN: votes and positions")).toEqual([false, false, false, false]);
    // "US" is a name though it opens the label ("uS" is no word), so "sanctions" narrows it.
    expect(tags("US and sanctions")).toEqual([false, false, true, false]);
  });

  it("cuts labels and keywords into phrases at commas, colons, brackets and 'and'", () => {
    expect(phrasesOf("The UN: votes, vetoes and positions (mostly)", true)).toEqual([
      "The UN",
      "votes",
      "vetoes",
      "positions",
      "mostly",
    ]);
    expect(phrasesOf("Hamas in Moscow", true)).toEqual(["Hamas in Moscow"]);
  });
});
