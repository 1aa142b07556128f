import { describe, expect, it } from "vitest";
import { mergeNeighbours } from "./group-merge";
import { alignDocuments, getNlp } from "./index";
import { analyse } from "./nlp";
import { nameContext } from "./topic-names";

/** Each discovered topic's name with the texts of its passages. */
function discovered(a: string[], b: string[]) {
  const r = alignDocuments({ documents: [{ text: a.join("\n\n") }, { text: b.join("\n\n") }] });
  const all = r.documents.flatMap((d) => d.passages);
  return r.topics.map((t) => ({
    label: t.label,
    texts: all.filter((p) => p.topics.includes(t.id)).map((p) => p.text),
  }));
}

const flat = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, " ");
/** Part of speech of a name's head: its last word before any preposition, the name's capital dropped. */
const last = (phrase: string) => {
  const nlp = getNlp();
  const head = phrase.replace(/ (for|from|in|of|on|over|against) .*$/, "");
  const pos = nlp
    .readDoc(head.charAt(0).toLowerCase() + head.slice(1))
    .tokens()
    .out(nlp.its.pos);
  return pos[pos.length - 1];
};

const DEAL = {
  a: [
    "The Pentagon will withdraw about 7,000 troops from Afghanistan by the summer, two officials told Fox News on Thursday.",
    "Mr. Hart offered $5.7 billion for a border wall on Saturday, and protections for Dreamers in exchange.",
    "Democrats rejected the offer of protections for Dreamers as a hostage deal, Mr. Hart's aides said.",
    "The weather in the capital was mild.",
  ],
  b: [
    "Pulling 7,000 troops out of Afghanistan on Thursday's orders would abandon our allies, Fox News was told.",
    "The $5.7 billion border wall that Mr. Hart wants buys nothing.",
    "Protection for Dreamers should never be a bargaining chip, Democrats said on Monday.",
    "My neighbour grows tomatoes.",
  ],
};
const FLOOD = {
  a: [
    "The mayor wants $5.7 billion for the flood barrier, the city said on Tuesday.",
    "The bakery on Elm Street burned down.",
    "Schools reopen next week.",
  ],
  b: [
    "Spending $5.7 billion for the flood barrier is reckless, The New York Times reported.",
    "My neighbour grows tomatoes.",
    "A fire destroyed the Elm Street bakery.",
  ],
};
const ROADS = {
  a: ["Americans want better roads, the American governor said.", "American drivers pay for potholes."],
  b: [
    "The governor told Americans that American drivers deserve better roads.",
    "Potholes cost American drivers.",
  ],
};

describe("names of discovered topics", () => {
  it("say what the group is about in a noun phrase, not who appears", () => {
    // Before: "Afghanistan · about 7,000" and "Mr. Hart · Dreamers".
    expect(discovered(DEAL.a, DEAL.b).map((t) => t.label)).toEqual([
      "7,000 troops from Afghanistan",
      "Protections for Dreamers",
    ]);
  });

  it("keep numbers as written and never name a day, an outlet or a title with a surname", () => {
    const names = [FLOOD, DEAL, ROADS].flatMap((f) => discovered(f.a, f.b)).map((t) => t.label);
    expect(names).toContain("$5.7 billion for the flood barrier");
    for (const name of names) {
      expect(name).not.toMatch(/monday|tuesday|thursday|saturday|fox|news|times|york/i);
      expect(name).not.toMatch(/^(Mr|Ms|Mrs|Dr)\.? \S+$/);
    }
  });

  it("are found as written in a passage of their topic, headed by a noun or a quantity", () => {
    for (const f of [FLOOD, DEAL, ROADS])
      for (const t of discovered(f.a, f.b))
        for (const part of t.label.split(" · ")) {
          expect(t.texts.some((x) => flat(x).includes(flat(part)))).toBe(true);
          expect(["NOUN", "NUM"]).toContain(last(part));
        }
  });

  it("name one thing once, never a word beside its plural", () => {
    // Before: "Americans · governor" and "Potholes · American"; a group of the whole request has no
    // distinctive word, and the old names fell back on "American · Americans".
    expect(discovered(ROADS.a, ROADS.b).map((t) => t.label)).toEqual(["American drivers"]);
  });
});

describe("groups that follow each other in both texts", () => {
  const passages = [
    "The bakery fire started at night.",
    "Firefighters blamed the bakery oven for the fire.",
    "Rain fell on the fields near the bakery.",
    "A night fire hit the bakery.",
    "The bakery oven was old, firefighters said.",
    "Rain fell on the fields by the bakery again.",
  ];
  const ctx = nameContext(passages.map(analyse), (i) => (i < 3 ? 0 : 1));

  it("merge when they share a word of their own, within the size allowed", () => {
    expect(
      mergeNeighbours(
        ctx,
        [
          [0, 3],
          [1, 4],
        ],
        4,
      ),
    ).toEqual([[0, 1, 3, 4]]);
    expect(
      mergeNeighbours(
        ctx,
        [
          [0, 3],
          [1, 4],
        ],
        3,
      ),
    ).toHaveLength(2);
  });

  it("stay apart when only their order and a word every passage uses join them", () => {
    expect(
      mergeNeighbours(
        ctx,
        [
          [1, 4],
          [2, 5],
        ],
        8,
      ),
    ).toHaveLength(2);
  });
});
