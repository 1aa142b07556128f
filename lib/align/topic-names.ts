import type { Features } from "./nlp";

/**
 * What every passage of the request offers a topic's name, counted once per discovery: how many passages
 * hold each word and each noun phrase, so that a name can be what is distinctive for its group.
 */
export interface NameContext {
  features: Features[];
  docOf: (passage: number) => number;
  /** Passages holding each content word, in order. */
  postings: Map<string, number[]>;
  /** How common a word is in English (0 = most frequent): one common word alone is too vague a name. */
  rank: (word: string) => number;
  /** Passages that say each noun phrase (by key), in order: filled as phrases are asked about. */
  saying: Map<string, number[]>;
}

/** News outlets name who reported, not what happened: no name holds one. */
const OUTLET_WORDS =
  /\b(fox|cnn|msnbc|nbc|cbs|abc|bbc|npr|reuters|associated press|new york times|nyt|washington post|huffpost|huffington post|wall street journal|wsj|politico|breitbart|axios|bloomberg|daily mail)\b/i;
/** Days, months and relative times: when, not what. */
const CALENDAR =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|day|morning|afternoon|evening|night|minute|hour|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|summer|winter|spring|autumn|decade|century)\b/;

/** Two words say most: one is vague ("interview"), five a clause. By number of content words. */
const LENGTH_WEIGHT = [0, 0.75, 1, 0.95, 0.85, 0.75];

/** The thousand most frequent English words: "official", "law", "reason" alone name nothing in particular. */
const COMMON_RANK = 1000;

/** Heads that say who someone is, not what happens: a name says what happens where it can. */
const ROLES = new Set(
  (
    "president official leader spokesman spokeswoman spokesperson nominee lawyer attorney source secretary " +
    "minister senator governor congressman congresswoman representative aide adviser director chairman " +
    "member reporter candidate organizer"
  ).split(" "),
);

const passageWords = new WeakMap<Features, Set<string>>();
const wordsOf = (f: Features) => {
  let s = passageWords.get(f);
  if (!s) {
    s = new Set([...f.terms, ...f.names]);
    passageWords.set(f, s);
  }
  return s;
};

export function nameContext(
  features: Features[],
  docOf: (passage: number) => number,
  rank: (word: string) => number = () => Number.POSITIVE_INFINITY,
): NameContext {
  const postings = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const w of wordsOf(f)) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return { features, docOf, postings, rank, saying: new Map() };
}

/** The passages of the request that say a phrase, worked out once per phrase. */
export function sayingOf(ctx: NameContext, key: string, head: string, words: string[]): number[] {
  let list = ctx.saying.get(key);
  if (!list) {
    list = [];
    // Only passages holding the head can say the phrase.
    for (const i of ctx.postings.get(head) ?? []) {
      const f = ctx.features[i];
      if (f && says(f, key, head, words)) list.push(i);
    }
    ctx.saying.set(key, list);
  }
  return list;
}

export interface NameCandidate {
  key: string;
  /** Its spellings in the group, with how often each is written. */
  texts: Map<string, number>;
  words: string[];
  head: string;
  /** Passages of the group that say it: its head and all its other words but one. */
  cover: Set<number>;
  score: number;
}

/**
 * A passage says a phrase when it holds the phrase's head and all its other words, one spared from three
 * words; a one-word phrase only when the passage writes it as a noun ("the end", not "would end").
 */
function says(f: Features, key: string, head: string, phrase: string[]): boolean {
  if (phrase.length === 1) return f.phrases.some((p) => p.key === key);
  const words = wordsOf(f);
  if (!words.has(head)) return false;
  const held = phrase.reduce((n, w) => n + (words.has(w) ? 1 : 0), 0);
  return held >= (phrase.length >= 3 ? phrase.length - 1 : phrase.length);
}

/**
 * A group's noun phrases, best name first. A word counts for what it tells about this group against the
 * whole request (its share of the group's passages times the log of how much more often the group uses it);
 * a phrase sums its words, scaled by the share of the group's passages that say it (in their own word
 * order), the share of the passages saying it that are in the group, and whether both texts say it.
 */
export function rankPhrases(ctx: NameContext, passages: number[]): NameCandidate[] {
  const n = passages.length;
  const total = ctx.features.length;
  const inGroup = new Map<string, number>();
  const found = new Map<string, { texts: Map<string, number>; words: string[]; head: string }>();
  for (const i of passages) {
    const f = ctx.features[i];
    if (!f) continue;
    for (const w of wordsOf(f)) inGroup.set(w, (inGroup.get(w) ?? 0) + 1);
    for (const p of f.phrases) {
      if (CALENDAR.test(p.key) || OUTLET_WORDS.test(p.text) || p.words.some((w) => f.dates.has(w))) continue;
      const c = found.get(p.key) ?? { texts: new Map(), words: [...new Set(p.words)], head: p.head };
      c.texts.set(p.text, (c.texts.get(p.text) ?? 0) + 1);
      found.set(p.key, c);
    }
  }
  const salience = (w: string) => {
    const share = (inGroup.get(w) ?? 0) / n;
    const overall = (ctx.postings.get(w)?.length ?? 1) / total;
    // A little for being shared at all: when the group is the whole request, nothing is distinctive.
    return share > 0 ? share * (Math.max(0, Math.log(share / overall)) + 0.1) : 0;
  };
  const member = new Set(passages);
  const out: NameCandidate[] = [];
  for (const [key, c] of found) {
    // A modifier only one passage of the group writes says nothing about the group ("bombshell resignation
    // letter"): the head counts, and the other words the group shares.
    const gain = c.words.reduce(
      (s, w) => s + (w === c.head || (inGroup.get(w) ?? 0) > 1 ? salience(w) : 0),
      0,
    );
    if (gain <= 0) continue;
    const saying = sayingOf(ctx, key, c.head, c.words);
    const cover = new Set(saying.filter((i) => member.has(i)));
    const anywhere = saying.length;
    if (!cover.size) continue;
    const both = spansTexts(ctx, cover);
    const score =
      gain *
      (cover.size / n) ** 2 *
      Math.sqrt(cover.size / anywhere) *
      (both ? 1 : 0.6) *
      (LENGTH_WEIGHT[c.words.length] ?? 0) *
      (c.words.length === 1 && ctx.rank(c.head) < COMMON_RANK ? 0.5 : 1) *
      (ROLES.has(c.head) ? 0.5 : 1);
    out.push({ key, texts: c.texts, words: c.words, head: c.head, cover, score });
  }
  return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}

/** Whether passages of two texts or more are among these. */
function spansTexts(ctx: NameContext, passages: Set<number>): boolean {
  let doc: number | undefined;
  for (const i of passages) {
    const d = ctx.docOf(i);
    if (doc !== undefined && d !== doc) return true;
    doc = d;
  }
  return false;
}

/** The spelling most passages use; a tie goes to the shorter, then the first in text order. */
function spelling(c: NameCandidate): string {
  let best = c.key;
  let count = 0;
  for (const [text, n] of c.texts)
    if (n > count || (n === count && text.length < best.length)) {
      best = text;
      count = n;
    }
  return best;
}

/** Two phrases say the same thing when they share a word ("budget plan" / "plan"). */
const overlaps = (a: NameCandidate, b: NameCandidate) =>
  a.words.some((w) => b.words.includes(w)) || b.words.some((w) => a.words.includes(w));

/**
 * A group's name: its best noun phrase, with a second one after " · " only when the first is said in
 * fewer than half of the group's passages, and the second in two or more, some of them others (both of
 * two words or more: "leader · hostage" says nothing). Null when no noun phrase fits, or the best is one
 * word only one passage writes.
 */
export function phraseName(ctx: NameContext, passages: number[]): string | null {
  const ranked = rankPhrases(ctx, passages);
  const best = ranked[0];
  // One word one passage writes is no name for a group ("pair" for "the pair is due in court").
  if (!best || (best.words.length === 1 && best.cover.size < 2)) return null;
  const picked = [best];
  if (best.cover.size * 2 < passages.length && best.cover.size > 1 && best.words.length > 1) {
    const second = ranked.find(
      (c) =>
        !overlaps(c, best) &&
        c.cover.size > 1 &&
        c.words.length > 1 &&
        [...c.cover].some((i) => !best.cover.has(i)) &&
        c.score >= best.score / 2,
    );
    if (second) picked.push(second);
  }
  const name = picked.map(spelling).join(" · ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}
