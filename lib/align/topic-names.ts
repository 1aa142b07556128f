import { institutions } from "./institutions";
import type { Features } from "./nlp";
import type { Phrase } from "./phrases";

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

/** Two words say most: one is vague ("interview"), five a clause. By number of content words. */
const LENGTH_WEIGHT = [0, 0.75, 1, 0.95, 0.85, 0.75];

/** The thousand most frequent English words: "official", "law", "reason" alone name nothing in particular. */
const COMMON_RANK = 1000;
/**
 * Nouns that name nothing alone however rare they are in a text ("Interview", "Country"), beside the
 * thousand most frequent words. One of them as a name weighs a tenth: a phrase that says more wins.
 */
export const GENERIC_NOUNS = new Set(
  (
    "reason country law interview report remark question answer place point world life side end story news " +
    "word area problem result state nation situation effort move step decision plan deal change idea view"
  ).split(" "),
);
const GENERIC_WEIGHT = 0.1;

/** Heads that say who someone is, not what happens: a name says what happens where it can. */
const ROLES = new Set(
  (
    "president official leader spokesman spokeswoman spokesperson nominee lawyer attorney source secretary " +
    "minister senator governor congressman congresswoman representative aide adviser director chairman " +
    "member reporter candidate organizer"
  ).split(" "),
);

export function nameContext(
  features: Features[],
  docOf: (passage: number) => number,
  rank: (word: string) => number = () => Number.POSITIVE_INFINITY,
): NameContext {
  const postings = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const bag of [f.terms, f.names])
      for (const w of bag) {
        const list = postings.get(w);
        if (!list) postings.set(w, [i]);
        // Passages come in order: a word seen again in this passage is its list's last entry.
        else if (list[list.length - 1] !== i) list.push(i);
      }
  });
  return { features, docOf, postings, rank, saying: new Map() };
}

/** Whether passage `i` holds a word: a binary search of the word's postings (no set per passage to keep). */
export function holds(ctx: NameContext, w: string, i: number): boolean {
  const list = ctx.postings.get(w);
  if (!list) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid] as number;
    if (x === i) return true;
    if (x < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The passages of the request that say a phrase, worked out once per phrase. */
export function sayingOf(ctx: NameContext, key: string, head: string, words: string[]): number[] {
  let list = ctx.saying.get(key);
  if (!list) {
    list = [];
    // Only passages holding the head can say the phrase.
    for (const i of ctx.postings.get(head) ?? []) {
      const f = ctx.features[i];
      if (f && says(ctx, f, i, key, head, words)) list.push(i);
    }
    ctx.saying.set(key, list);
  }
  return list;
}

export interface NameCandidate {
  key: string;
  words: string[];
  head: string;
  /** How many passages of the group say it: its head and all its other words but one. */
  covered: number;
  /** Every passage of the request that says it, in order. */
  saying: number[];
  score: number;
  /** One common or vague word ("official", "reason"): a name only where nothing better is shared. */
  weak: boolean;
  /** An organisation, programme or law named as written ("Justice Department"), not a noun phrase. */
  institution?: boolean;
}

/**
 * A passage says a phrase when it holds the phrase's head and all its other words, one spared from three
 * words; a one-word phrase only when the passage writes it as a noun ("the end", not "would end").
 */
function says(
  ctx: NameContext,
  f: Features,
  i: number,
  key: string,
  head: string,
  phrase: string[],
): boolean {
  // Plain loops: asked for every passage holding the head, so no callbacks allocated per passage.
  if (phrase.length === 1) {
    for (const p of f.phrases) if (p.key === key) return true;
    return false;
  }
  if (!holds(ctx, head, i)) return false;
  let held = 0;
  for (const w of phrase) if (holds(ctx, w, i)) held++;
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
  // The first of each phrase the group writes: its words and head (spellings are counted for the winner only).
  const found = new Map<string, Phrase>();
  for (const i of passages) {
    const f = ctx.features[i];
    if (f) for (const p of f.phrases) if (!found.has(p.key)) found.set(p.key, p);
  }
  // Passages of the group holding a word, counted only for the words of its phrases.
  const counts = new Map<string, number>();
  const inGroup = (w: string) => {
    let c = counts.get(w);
    if (c === undefined) {
      c = 0;
      for (const i of passages) if (holds(ctx, w, i)) c++;
      counts.set(w, c);
    }
    return c;
  };
  const salience = (w: string) => {
    const share = inGroup(w) / n;
    const overall = (ctx.postings.get(w)?.length ?? 1) / total;
    // A little for being shared at all: when the group is the whole request, nothing is distinctive.
    return share > 0 ? share * (Math.max(0, Math.log(share / overall)) + 0.1) : 0;
  };
  const member = new Set(passages);
  const out: NameCandidate[] = [];
  const add = (
    key: string,
    words: string[],
    head: string,
    gain: number,
    saying: number[],
    weight: number,
  ) => {
    let covered = 0;
    let doc = -1;
    let both = false;
    for (const i of saying) {
      if (!member.has(i)) continue;
      covered++;
      const d = ctx.docOf(i);
      if (doc >= 0 && d !== doc) both = true;
      doc = d;
    }
    if (!covered) return null;
    const score =
      gain *
      (covered / n) ** 2 *
      Math.sqrt(covered / saying.length) *
      (both ? 1 : 0.6) *
      (LENGTH_WEIGHT[Math.min(words.length, 5)] ?? 0) *
      weight;
    const c: NameCandidate = {
      key,
      words,
      head,
      covered,
      saying,
      score,
      weak: words.length === 1 && weight < 1,
    };
    out.push(c);
    return c;
  };
  for (const [key, c] of found) {
    // A modifier only one passage of the group writes says nothing about the group ("bombshell resignation
    // letter"): the head counts, and the other words the group shares.
    const gain = c.words.reduce((s, w) => s + (w === c.head || inGroup(w) > 1 ? salience(w) : 0), 0);
    if (gain <= 0) continue;
    const one = c.words.length === 1;
    const weight =
      (one && GENERIC_NOUNS.has(c.head) ? GENERIC_WEIGHT : one && ctx.rank(c.head) < COMMON_RANK ? 0.5 : 1) *
      (ROLES.has(c.head) ? 0.5 : 1);
    add(key, c.words, c.head, gain, sayingOf(ctx, key, c.head, c.words), weight);
  }
  // An organisation, programme or law the group names is a name too, scored as one distinctive word.
  const named = new Set<string>();
  for (const i of passages) {
    const f = ctx.features[i];
    if (f) for (const k of institutions(f)) if (!found.has(k)) named.add(k);
  }
  for (const k of named) {
    const c = add(k, k.split(" "), k, salience(k), ctx.postings.get(k) ?? [], 1);
    if (c) c.institution = true;
  }
  return out.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}

/** The spelling most passages of the group use; a tie goes to the shorter, then the first in text order. */
function spelling(ctx: NameContext, passages: number[], c: NameCandidate): string {
  const texts = new Map<string, number>();
  for (const i of passages) {
    const f = ctx.features[i];
    if (!f) continue;
    const written = c.institution ? f.surface.get(c.key) : undefined;
    if (written) texts.set(written, (texts.get(written) ?? 0) + 1);
    else for (const p of f.phrases) if (p.key === c.key) texts.set(p.text, (texts.get(p.text) ?? 0) + 1);
  }
  let best = c.key;
  let count = 0;
  for (const [text, k] of texts)
    if (k > count || (k === count && text.length < best.length)) {
      best = text;
      count = k;
    }
  return best;
}

/** Whether passages of the group in two texts or more write the phrase itself, not only its words. */
function writtenInTwoTexts(ctx: NameContext, passages: number[], key: string): boolean {
  let doc = -1;
  for (const i of passages) {
    const d = ctx.docOf(i);
    if (d === doc || !ctx.features[i]?.phrases.some((p) => p.key === key)) continue;
    if (doc >= 0) return true;
    doc = d;
  }
  return false;
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
  // One word says less than a phrase as many passages say and both texts write: the phrase wins at half
  // the score or more ("Medicare plan", not "Interview").
  // What two passages or more say names a group better than what one says ("Fuel tax", not "Reason for
  // anger" that one passage adds).
  const top = ranked.find((c) => c.covered > 1 && !c.weak) ?? ranked[0];
  const phrase =
    top && top.words.length === 1
      ? ranked.find(
          (c) =>
            c.words.length > 1 &&
            c.covered >= top.covered &&
            c.score * 2 >= top.score &&
            writtenInTwoTexts(ctx, passages, c.key),
        )
      : undefined;
  const best = phrase ?? top;
  // One word one passage writes is no name for a group ("pair" for "the pair is due in court").
  if (!best || (best.words.length === 1 && best.covered < 2)) return null;
  const picked = [best];
  if (best.covered * 2 < passages.length && best.covered > 1 && best.words.length > 1) {
    const member = new Set(passages);
    const first = new Set(best.saying.filter((i) => member.has(i)));
    const second = ranked.find(
      (c) =>
        !overlaps(c, best) &&
        c.covered > 1 &&
        c.words.length > 1 &&
        c.saying.some((i) => member.has(i) && !first.has(i)) &&
        c.score >= best.score / 2,
    );
    if (second) picked.push(second);
  }
  const name = picked.map((c) => spelling(ctx, passages, c)).join(" · ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}
