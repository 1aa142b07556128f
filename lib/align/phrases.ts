import type { Tok } from "./names";

/** A noun phrase a passage writes, as a candidate name for a discovered topic. */
export interface Phrase {
  /** Lemmas of its words with any preposition, lower-cased ("protection for dreamer"): the same phrase inflected. */
  key: string;
  /** As written, a possessive re-joined and a sentence's capital dropped unless a name: "protections for Dreamers". */
  text: string;
  /** Lemmas of its content words: what the phrase is about. */
  words: string[];
  /** Lemma of its head noun ("troop" in "troops in Afghanistan"), or of its quantity's last word. */
  head: string;
}

/**
 * Prepositions that attach a second noun phrase to a name ("troops in Afghanistan", "cost of the bridge");
 * not "to", which mostly belongs to the verb ("put the project to a referendum").
 */
const PREPOSITIONS = new Set(["of", "for", "in", "on", "from", "over", "against"]);
const DETERMINERS = new Set(["the", "a", "an"]);
/** Titles that say nothing but that a person is named: "Mr. Mattis" is not a topic. */
const HONORIFICS = /^(mr|mrs|ms|messrs|dr)\.?$/i;
const set = (words: string) => new Set(words.split(" "));
/** Heads too vague to say what a topic is about. */
const VAGUE = set(
  "thing way lot part kind sort fact number people one time statement matter issue case comment percent",
);
/** Objects that make a preposition an idiom, not a second noun phrase ("in exchange", "in part"). */
const IDIOMS = set(
  "exchange addition order fact part place response return behalf particular general turn front charge favor " +
    "favour light view contrast spite line hand course effect terms touch advance short",
);
/** What joins the two numbers of a score or a range ("7 to 4", "3-2"). */
const RANGE = set("to - – and or");
/** Words that open a verb's object, never follow a noun phrase's head. */
const OBJECTS = set("the a an it them him her us me this these those");
/** Longest name offered, in words. */
export const MAX_PHRASE_WORDS = 5;

const isPossessive = (t: Tok) => t.pos === "PART" && /^['’]s?$/.test(t.value);
const isCurrency = (t: Tok) => t.type === "currency";
/** A word that can sit inside a noun phrase before its head: a noun, an adjective, a name, a quantity. */
const nominal = (t: Tok) =>
  t.content && (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "ADJ" || t.pos === "NUM");
const capitalised = (t: Tok) => /^\p{Lu}/u.test(t.value);

/**
 * Maximal runs of nominal words in one sentence, with possessives, currency signs and in-word hyphens
 * ("Romney-Ryan budget plan", "$716 billion", "48-page indictment"): [start, end) token indices.
 */
function chunks(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  const close = (i: number) => {
    if (start >= 0) out.push([start, i]);
    start = -1;
  };
  toks.forEach((t, i) => {
    const next = toks[i + 1];
    const inside = start >= 0;
    const joins =
      nominal(t) ||
      (isCurrency(t) && next?.type === "number") ||
      (inside && isPossessive(t)) ||
      (inside &&
        t.value === "-" &&
        t.space === "" &&
        next?.space === "" &&
        next !== undefined &&
        nominal(next));
    if (!joins || (HONORIFICS.test(t.value) && !inside)) {
      close(i);
      return;
    }
    if (!inside) start = i;
  });
  close(toks.length);
  return out;
}

/** The words as written, a possessive and a hyphen joined to their word. */
function written(toks: Tok[], first: boolean): string {
  return toks
    .map((t, i) => {
      const space = i === 0 || isPossessive(t) || t.space === "" ? "" : " ";
      // A sentence's first word is capitalised by position, not because it is a name.
      const value =
        i === 0 && first && t.pos !== "PROPN" && !/^\p{Lu}{2,}/u.test(t.value)
          ? t.value.toLowerCase()
          : t.value;
      return space + value;
    })
    .join("");
}

const words = (toks: Tok[]) => toks.filter((t) => t.content).map((t) => t.lemma);
const headOk = (t: Tok | undefined, atStart: boolean) =>
  t !== undefined &&
  t.pos === "NOUN" &&
  t.type === "word" &&
  t.content &&
  t.lemma.length > 2 &&
  !VAGUE.has(t.lemma) &&
  // A capitalised noun inside a sentence is part of a name ("Smiles for Life").
  (!capitalised(t) || atStart);

/**
 * Noun phrases of one sentence headed by a common noun, each suffix of a run ("Ryan's budget plan",
 * "budget plan", "plan"), also with one prepositional phrase after it ("troops in Afghanistan",
 * "$716 billion from Medicare"): words kept as written, never more than `MAX_PHRASE_WORDS`.
 */
export function nounPhrases(toks: Tok[]): Phrase[] {
  const out: Phrase[] = [];
  const runs = chunks(toks);
  const add = (parts: Tok[], head: Tok, first: boolean, prep?: Tok) => {
    const ws = words(parts);
    if (!ws.length || ws.length > MAX_PHRASE_WORDS) return;
    const key = parts
      .filter((t) => t.content || t === prep)
      .map((t) => (t === prep ? t.value.toLowerCase() : t.lemma))
      .join(" ");
    out.push({ key, text: written(parts, first), words: ws, head: head.lemma });
  };
  runs.forEach(([s, e], r) => {
    const last = toks[e - 1];
    // The end of a hyphenated modifier is no head ("13-minute" of "a 13-minute address").
    if (!last || toks[e - 2]?.value === "-") return;
    // A lone word after "would" or an infinitive's "to" is a verb wink took for a noun ("would end Medicare").
    const before = toks[s - 1];
    if (
      e - s === 1 &&
      before &&
      (before.pos === "AUX" || (before.pos === "PART" && before.value.toLowerCase() === "to"))
    )
      return;
    // A "noun" followed by an object is a verb wink misread ("crucial makes it", "essential seeing the").
    if (OBJECTS.has(toks[e]?.value.toLowerCase() ?? "")) return;
    const quantity = last?.pos === "NUM" && toks.slice(s, e).some((t) => /\d/.test(t.value));
    const noun = headOk(last, e - 1 === 0);
    if (!noun && !quantity) return;
    // The object of a preposition right after the run: the next run, a determiner allowed before it.
    const prep = toks[e];
    const next = runs[r + 1];
    let object: Tok[] | null = null;
    if (prep && PREPOSITIONS.has(prep.value.toLowerCase()) && next) {
      const gap = toks.slice(e + 1, next[0]);
      if (gap.every((t) => DETERMINERS.has(t.value.toLowerCase())) && gap.length <= 1) {
        const tail = toks.slice(next[0], next[1]);
        const end = tail[tail.length - 1];
        // An object that goes on with "of" is cut short ("students to the mercy" of "… the mercy of fate").
        const idiom =
          (tail.length === 1 && end !== undefined && IDIOMS.has(end.lemma)) ||
          toks[next[1]]?.value.toLowerCase() === "of";
        if (end && (end.pos === "NOUN" || end.pos === "PROPN") && !idiom) object = [prep, ...gap, ...tail];
      }
    }
    const objectWords = object ? object.filter((t) => t.content).length : 0;
    // Shortest ending first, so that counting words stops the run at the longest name offered.
    let n = 0;
    for (let i = e - 1; i >= s; i--) {
      const t = toks[i] as Tok;
      if (t.content) n++;
      if (n > MAX_PHRASE_WORDS) break;
      // A suffix starts at a word: not at a possessive, a hyphen or a title.
      if (isPossessive(t) || t.value === "-" || HONORIFICS.test(t.value)) continue;
      // Nor at the second number of a score or range ("4 vote" of "a 7 to 4 vote").
      if (i === s && t.pos === "NUM" && RANGE.has(toks[s - 1]?.value ?? "") && toks[s - 2]?.pos === "NUM")
        continue;
      const prev = i > s ? toks[i - 1] : undefined;
      // Nor inside a hyphenated word, a quantity ("billion" of "$716 billion") or a name ("House" of "White House").
      if (prev && (prev.value === "-" || isCurrency(prev) || (prev.pos === "NUM" && t.pos === "NUM")))
        continue;
      if (prev && capitalised(prev) && capitalised(t) && prev.pos === "PROPN" && t.pos === "PROPN") continue;
      const own = toks.slice(i, e);
      if (noun) add(own, last, i === 0);
      if (object && n + objectWords <= MAX_PHRASE_WORDS) add([...own, ...object], last, i === 0, prep);
    }
  });
  return out;
}
