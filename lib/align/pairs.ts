import type { Bow } from "wink-nlp";
import type { Span } from "./links";
import type { Neighbours } from "./neighbours";
import type { Features } from "./nlp";
import type { Space } from "./vectors";
import { unitDot } from "./vectors";

/** What pair scoring needs of one passage, computed once; words are integer ids (see `Vocabulary`). */
export interface View {
  terms: Bow;
  names: Bow;
  /** The BM25 terms again, as ids and weights, for the dense scans of `scoreAll`. */
  ids: Int32Array;
  weights: Float64Array;
  /** Words this passage nearly says: each vector neighbour of a (non-name) term, at cosine × the term's weight. */
  nearIds: Int32Array;
  nearWeights: Float64Array;
  /** Word 3-grams with stop words kept, lower-cased: a shared one is usually a shared quotation. */
  grams: Uint32Array;
}

/** The neighbour table's ids, extended with this request's other words. */
export interface Vocabulary {
  id(word: string): number;
  size(): number;
}

export function vocabulary(neighbours: Neighbours): Vocabulary {
  const extra = new Map<string, number>();
  const base = neighbours.ids.size;
  return {
    id: (w) => {
      const k = neighbours.ids.get(w) ?? extra.get(w);
      if (k !== undefined) return k;
      extra.set(w, base + extra.size);
      return base + extra.size - 1;
    },
    size: () => base + extra.size,
  };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .match(/[\p{L}\p{N}][\p{L}\p{N}'.-]*/gu) ?? [];

export function buildViews(
  space: Space,
  features: Features[],
  texts: string[],
  neighbours: Neighbours,
  vocab: Vocabulary = vocabulary(neighbours),
): View[] {
  return features.map((f, i) => {
    const terms = space.terms[i] ?? {};
    const names = new Set(f.names);
    const keys = Object.keys(terms);
    const ids = Int32Array.from(keys, (t) => vocab.id(t));
    const weights = Float64Array.from(keys, (t) => terms[t] as number);
    const near = new Map<number, number>();
    keys.forEach((t, k) => {
      // A name's vector neighbours are other names ("Obama" → "Bush"): not the same thing.
      if (names.has(t)) return;
      const id = ids[k] as number;
      const n = neighbours.near[id];
      const c = neighbours.cos[id];
      if (!n || !c) return;
      for (let m = 0; m < n.length; m++) {
        const s = (c[m] as number) * (weights[k] as number);
        if (s > (near.get(n[m] as number) ?? 0)) near.set(n[m] as number, s);
      }
    });
    const ws = words(texts[i] ?? "");
    const hashes = new Set<number>();
    for (let k = 0; k + 2 < ws.length; k++) hashes.add(hash(`${ws[k]} ${ws[k + 1]} ${ws[k + 2]}`));
    const grams = Uint32Array.from(hashes).sort();
    return {
      terms,
      names: space.names[i] ?? {},
      ids,
      weights,
      nearIds: Int32Array.from(near.keys()),
      nearWeights: Float64Array.from(near.values()),
      grams,
    };
  });
}

/** FNV-1a: 3-grams compared as numbers, not strings (a collision only adds a spurious shared 3-gram). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** Size of the intersection of two sorted sets of hashes, by merging. */
function sharedGrams(a: Uint32Array, b: Uint32Array): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Names of the features, in order: README.md explains each. */
export const FEATURES = ["lemmas", "names", "soft", "quote"] as const;

/** Pairs as two parallel columns of passage indices: a few bytes a pair, for the 10⁵ pairs of long texts. */
export interface PairList {
  i: Int32Array;
  j: Int32Array;
}

/** Pairs that share a term or a name, in order of i then j: any other pair scores (almost) nothing. */
export function candidatePairs(views: View[], a: Span, b: Span): PairList {
  const index = new Map<string, number[]>();
  for (let j = b.start; j < b.end; j++) {
    const v = views[j] as View;
    for (const t of new Set([...Object.keys(v.terms), ...Object.keys(v.names)])) {
      const list = index.get(t);
      if (list) list.push(j);
      else index.set(t, [j]);
    }
  }
  const is: number[] = [];
  const js: number[] = [];
  for (let i = a.start; i < a.end; i++) {
    const v = views[i] as View;
    const seen = new Set<number>();
    for (const t of new Set([...Object.keys(v.terms), ...Object.keys(v.names)]))
      for (const j of index.get(t) ?? []) seen.add(j);
    for (const j of [...seen].sort((x, y) => x - y)) {
      is.push(i);
      js.push(j);
    }
  }
  return { i: Int32Array.from(is), j: Int32Array.from(js) };
}

/**
 * Lemma dot product and soft sum of each pair from `from`'s side, two numbers a pair. One side's words are
 * spread into dense arrays once, and every pair of it is a scan of the other side's ids.
 */
function oneWay(views: View[], from: Int32Array, to: Int32Array, vocabSize: number): Float64Array {
  const n = from.length;
  const exact = new Float64Array(vocabSize);
  const near = new Float64Array(vocabSize);
  const out = new Float64Array(n * 2);
  const groups = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    const t = to[k] as number;
    const g = groups.get(t);
    if (g) g.push(k);
    else groups.set(t, [k]);
  }
  for (const [t, ks] of groups) {
    const v = views[t] as View;
    v.ids.forEach((id, m) => {
      exact[id] = v.weights[m] as number;
    });
    v.nearIds.forEach((id, m) => {
      near[id] = v.nearWeights[m] as number;
    });
    for (const k of ks) {
      const f = views[from[k] as number] as View;
      let dot = 0;
      let soft = 0;
      for (let m = 0; m < f.ids.length; m++) {
        const id = f.ids[m] as number;
        const w = f.weights[m] as number;
        const e = exact[id] as number;
        const nr = near[id] as number;
        dot += w * e;
        soft += w * (e > nr ? e : nr);
      }
      out[k * 2] = dot;
      out[k * 2 + 1] = soft;
    }
    for (const id of v.ids) exact[id] = 0;
    for (const id of v.nearIds) near[id] = 0;
  }
  return out;
}

const softOf = (ab: Float64Array, ba: Float64Array, k: number) =>
  Math.min(1, ((ab[k * 2 + 1] as number) + (ba[k * 2 + 1] as number)) / 2);

/** The `soft` feature alone, one number a pair (the context feature's within-text weights). */
export function softSimilarity(views: View[], pairs: PairList, vocabSize: number): Float64Array {
  const ab = oneWay(views, pairs.i, pairs.j, vocabSize);
  const ba = oneWay(views, pairs.j, pairs.i, vocabSize);
  return Float64Array.from({ length: pairs.i.length }, (_, k) => softOf(ab, ba, k));
}

/**
 * Features of each pair, symmetric in i and j, each in [0, 1], FEATURES.length per pair in one flat
 * array: lemma BM25 cosine, name cosine, soft cosine (each term meets the same term or, failing that, a
 * vector neighbour; mean of both directions), shared word 3-grams (/6, capped).
 */
export function pairFeatures(views: View[], pairs: PairList, vocabSize: number): Float64Array {
  const n = pairs.i.length;
  const ab = oneWay(views, pairs.i, pairs.j, vocabSize);
  const ba = oneWay(views, pairs.j, pairs.i, vocabSize);
  const width = FEATURES.length;
  const out = new Float64Array(n * width);
  for (let k = 0; k < n; k++) {
    const a = views[pairs.i[k] as number] as View;
    const b = views[pairs.j[k] as number] as View;
    out[k * width] = Math.min(1, ab[k * 2] as number);
    out[k * width + 1] = unitDot(a.names, b.names);
    out[k * width + 2] = softOf(ab, ba, k);
    out[k * width + 3] = Math.min(1, sharedGrams(a.grams, b.grams) / 6);
  }
  return out;
}
