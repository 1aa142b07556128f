import { describe, expect, it } from "vitest";
import { ingestSources, SEED_SLUG } from "../corpus";
import { DEFAULT_DATA_DIR } from "../corpus/load";
import { type Cue, type CueKind, countWords, detectCues, tokenizeForTest } from "./cues";
import { loadLexicon } from "./lexicon";

const lexicon = loadLexicon();
const documents = ingestSources(DEFAULT_DATA_DIR, SEED_SLUG);
const passage = (id: string) => {
  const p = documents.flatMap((d) => d.passages).find((x) => x.id === id);
  if (!p) throw new Error(`no passage ${id}`);
  return p.text;
};
/** The cue kinds found, each with the exact text it covers. */
const found = (text: string, kind?: CueKind) =>
  detectCues(text, lexicon)
    .filter((c: Cue) => !kind || c.kind === kind)
    .map((c) => `${c.kind}: ${text.slice(c.start, c.end)}`);

// Each expectation below was checked by reading the sentence.
describe("language cues on sentences from the seed texts", () => {
  it("finds attribution: reporting verbs, 'according to' and quotations", () => {
    const p24 = passage("news-p24"); // “We want to maintain the door open,” said Sarah Fainberg, … she said: “We want to be able…”
    expect(found(p24, "attribution")).toEqual([
      "attribution: “We want to maintain the door open,”",
      "attribution: said",
      "attribution: said",
      "attribution: “We want to be able to rescue this population in times of emergency.”",
    ]);
    expect(found(passage("news-p9"), "attribution")).toEqual(["attribution: according to"]);
    expect(found(passage("opinion-p15"), "attribution")).toEqual([
      "attribution: According to",
      "attribution: reportedly",
    ]);
  });

  it("does not count first person inside quotations as the writer's voice", () => {
    expect(found(passage("news-p24"), "first-person")).toEqual([]);
    expect(found(passage("comment-7-p1"), "first-person")).toEqual(["first-person: I"]);
    // "US" is the country, not the pronoun.
    expect(found(passage("opinion-p4"), "first-person")).toEqual([]);
  });

  it("finds hedges and boosters", () => {
    expect(found(passage("opinion-p2"), "hedge")).toEqual(["hedge: probably"]);
    expect(found(passage("opinion-p39"), "hedge")).toEqual(
      ["hedge: could", "hedge: would", "hedge: Who knows", "hedge: maybe", "hedge: can"].filter(
        (h) => h !== "hedge: can",
      ),
    );
    expect(found(passage("opinion-p37"), "certainty")).toEqual(["certainty: Without doubt"]);
  });

  it("finds rhetorical questions in the writer's voice", () => {
    expect(found(passage("opinion-p37"), "question")).toEqual(["question: And what about Israel?"]);
    expect(found(passage("comment-2-p5"), "question")).toEqual([
      "question: What do we have to offer Russia in exchange for all that?",
    ]);
    expect(found(passage("news-p6"), "question")).toEqual([]);
  });

  it("finds loaded words and scare quotes", () => {
    expect(found(passage("opinion-p10"), "loaded")).toEqual(["loaded: madman"]);
    expect(found(passage("opinion-p9"), "loaded")).toEqual(["loaded: “democratic values”"]);
    expect(found(passage("news-p15"), "loaded")).toEqual([
      'loaded: "reprehensible."',
      "loaded: reprehensible",
    ]);
  });
});

describe("tokens", () => {
  it("reproduce every seed passage exactly, so cue offsets are exact", () => {
    for (const doc of documents) {
      for (const p of doc.passages) {
        for (const t of tokenizeForTest(p.text)) expect(p.text.slice(t.start, t.end), p.id).toBe(t.value);
      }
    }
  });
  it("count words, not punctuation", () => {
    expect(countWords("Russia has reportedly met them; it didn't.")).toBe(7);
  });
});
