import type { Bow } from "wink-nlp";
import bm25Vectorizer from "wink-nlp/utilities/bm25-vectorizer";
import similarity from "wink-nlp/utilities/similarity";
import { type Features, getNlp } from "./nlp";

/** BM25 weights learnt over every passage of every document: a word common to all texts weighs little. */
export interface Space {
  terms: Bow[];
  names: Bow[];
  /** BM25 bag of words of a text that was not learnt (a topic's label and keywords). */
  termsOf(terms: string[]): Bow;
  /** BM25 inverse document frequency of a term across passages; an unseen term weighs most (it is specific, and absent). */
  idf(term: string): number;
}

const CONFIG = { k: 1, k1: 1.2, b: 0.75, norm: "l2" } as const;
// A placeholder no text can produce: BM25 needs a slot per passage so indices line up, even for empty ones.
const EMPTY = ["\u0000"];

export function buildSpace(passages: Features[]): Space {
  const its = getNlp().its;
  const termV = bm25Vectorizer(CONFIG);
  const nameV = bm25Vectorizer(CONFIG);
  for (const p of passages) {
    termV.learn(p.terms.length ? p.terms : EMPTY);
    nameV.learn(p.names.length ? p.names : EMPTY);
  }
  const bows = (v: typeof termV, has: (p: Features) => boolean) =>
    passages.map((p, i) => (has(p) ? (v.doc(i).out(its.bow) as Bow) : {}));
  const idf = new Map(termV.out(its.idf) as unknown as [string, number][]);
  const unseen = Math.log((passages.length + 0.5) / 0.5 + 1);
  return {
    terms: bows(termV, (p) => p.terms.length > 0),
    names: bows(nameV, (p) => p.names.length > 0),
    termsOf: (t) => (t.length ? termV.bowOf(t) : {}),
    idf: (t) => idf.get(t) ?? unseen,
  };
}

const isEmpty = (bow: Bow) => {
  for (const _ in bow) return false;
  return true;
};

/**
 * Cosine of two L2-normalised BM25 bags, as a dot product: the same value as
 * wink's `similarity.bow.cosine` (which `cosine` uses), without its per-call copies — the linker scores
 * every candidate pair, tens of thousands for two 10,000-word texts.
 */
export function unitDot(a: Bow, b: Bow): number {
  let dot = 0;
  for (const t in a) {
    const w = b[t];
    if (w !== undefined) dot += (a[t] as number) * w;
  }
  return Math.min(1, dot);
}

/** Cosine of two BM25 bags; 0 when either is empty. */
export function cosine(a: Bow, b: Bow): number {
  return isEmpty(a) || isEmpty(b) ? 0 : similarity.bow.cosine(a, b);
}
