import { CALENDAR, OUTLET_WORDS } from "./name-filters";
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

/** A word as written inside a phrase: its space before it, none before a possessive or a hyphen. */
const piece = (t: Tok) => (isPossessive(t) || t.space === "" ? t.value : ` ${t.value}`);
/** A phrase's first word as written: a sentence's first word is capitalised by position, not as a name. */
const opening = (t: Tok, first: boolean) =>
  first && t.pos !== "PROPN" && !/^\p{Lu}{2,}/u.test(t.value) ? t.value.toLowerCase() : t.value;

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
export function nounPhrases(toks: Tok[], out: Phrase[] = []): Phrase[] {
  const runs = chunks(toks);
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
    let quantity = false;
    if (last.pos === "NUM")
      for (let i = s; i < e && !quantity; i++) quantity = /\d/.test(toks[i]?.value ?? "");
    const noun = headOk(last, e - 1 === 0);
    if (!noun && !quantity) return;
    const object = objectAfter(toks, e, runs[r + 1]);
    // Built from the head backwards, each ending once: a phrase per ending, no copies of the run.
    const lemmas: string[] = [];
    let key = "";
    let tail = "";
    for (let i = e - 1; i >= s; i--) {
      const t = toks[i] as Tok;
      if (t.content) {
        lemmas.push(t.lemma);
        key = key ? `${t.lemma} ${key}` : t.lemma;
      }
      const n = lemmas.length;
      if (n > MAX_PHRASE_WORDS) break;
      const rest = tail;
      tail = piece(t) + tail;
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
      // Nor at a date's day ("2 for a meeting" of "on March 2 for a meeting").
      if (prev && t.pos === "NUM" && CALENDAR.test(prev.value.toLowerCase())) continue;
      if (!n) continue;
      const text = opening(t, i === 0) + rest;
      const words = lemmas.slice().reverse();
      if (noun) out.push({ key, text, words, head: last.lemma });
      if (object && n + object.words.length <= MAX_PHRASE_WORDS)
        out.push({
          key: `${key} ${object.key}`,
          text: text + object.text,
          words: words.concat(object.words),
          head: last.lemma,
        });
    }
  });
  return out;
}

/**
 * The object of a preposition right after a run ending at `e`: the next run, a determiner allowed before
 * it; null when there is none, or it is an idiom's ("in exchange") or cut before "of".
 */
function objectAfter(
  toks: Tok[],
  e: number,
  next: [number, number] | undefined,
): { key: string; text: string; words: string[] } | null {
  const prep = toks[e];
  if (!prep || !next || !PREPOSITIONS.has(prep.value.toLowerCase())) return null;
  const gap = next[0] - e - 1;
  if (gap > 1 || (gap === 1 && !DETERMINERS.has(toks[e + 1]?.value.toLowerCase() ?? ""))) return null;
  const end = toks[next[1] - 1];
  // An object that goes on with "of" is cut short ("students to the mercy" of "… the mercy of fate").
  const idiom =
    (next[1] - next[0] === 1 && end !== undefined && IDIOMS.has(end.lemma)) ||
    toks[next[1]]?.value.toLowerCase() === "of";
  if (!end || (end.pos !== "NOUN" && end.pos !== "PROPN") || idiom) return null;
  let key = prep.value.toLowerCase();
  let text = "";
  const words: string[] = [];
  for (let i = e; i < next[1]; i++) {
    const t = toks[i] as Tok;
    text += piece(t);
    if (!t.content) continue;
    words.push(t.lemma);
    if (i > e) key += ` ${t.lemma}`;
  }
  return { key, text, words };
}

/**
 * The phrases that can name a topic, each word once ("Trump's Trump Tower"): no day, month, time, date or
 * outlet. Done once per passage, so a topic's ranking never asks again.
 */
export function nameable(phrases: Phrase[], dates: ReadonlySet<string>): Phrase[] {
  const out: Phrase[] = [];
  for (const p of phrases) {
    if (CALENDAR.test(p.key) || OUTLET_WORDS.test(p.text) || p.words.some((w) => dates.has(w))) continue;
    const once = new Set(p.words);
    out.push(once.size === p.words.length ? p : { ...p, words: [...once] });
  }
  return out;
}
