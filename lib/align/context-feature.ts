import type { Span } from "./links";
import { FEATURES, type PairList, pairFeatures, softSimilarity, type View } from "./pairs";

/** The link model's features: `FEATURES` and then `context` (README.md, "Counterparts"). */
export const LINK_FEATURES = [...FEATURES, "context"] as const;

/** At most this many passages of a text stand for it in `context`: exact up to it, a stride sample above. */
export const CONTEXT_BASIS = 100;

const SOFT = FEATURES.indexOf("soft");

/** Every passage of a span when there are few, else an even stride through it: deterministic. */
export function basisOf(s: Span, max = CONTEXT_BASIS): number[] {
  const n = s.end - s.start;
  if (n <= max) return Array.from({ length: n }, (_, k) => s.start + k);
  return Array.from({ length: max }, (_, k) => s.start + Math.floor((k * n) / max));
}

/**
 * Soft similarity of each passage of `s` to each basis passage of the same text, as an n × K matrix
 * (row-major), 0 for a passage with itself. Soft similarity is symmetric: when the basis is the whole
 * text, each pair is scored once and mirrored.
 */
function withinText(views: View[], s: Span, basis: number[], vocabSize: number): Float64Array {
  const K = basis.length;
  const whole = K === s.end - s.start;
  const is: number[] = [];
  const xs: number[] = [];
  for (let i = s.start; i < s.end; i++)
    for (const x of basis)
      if (whole ? x > i : x !== i) {
        is.push(i);
        xs.push(x);
      }
  const f = softSimilarity(views, { i: Int32Array.from(is), j: Int32Array.from(xs) }, vocabSize);
  const out = new Float64Array((s.end - s.start) * K);
  const col = new Map(basis.map((x, k) => [x, k]));
  for (let p = 0; p < is.length; p++) {
    const i = is[p] as number;
    const x = xs[p] as number;
    const v = f[p] as number;
    out[(i - s.start) * K + (col.get(x) as number)] = v;
    if (whole) out[(x - s.start) * K + (col.get(i) as number)] = v;
  }
  return out;
}

/** Within-text similarities per request (its views) and text (its first passage): a text met again is not rescored. */
const withinCache = new WeakMap<View[], Map<number, Float64Array>>();

function withinOf(views: View[], s: Span, basis: number[], vocabSize: number): Float64Array {
  let byText = withinCache.get(views);
  if (!byText) {
    byText = new Map();
    withinCache.set(views, byText);
  }
  let w = byText.get(s.start);
  if (!w) {
    w = withinText(views, s, basis, vocabSize);
    byText.set(s.start, w);
  }
  return w;
}

/**
 * `context` of each pair (i in a, j in b): how well j matches the passages of i's text that resemble i,
 * and i those of j's text that resemble j: the soft-similarity-weighted mean of soft(x, j) over the other
 * passages x of a, and of soft(i, y) over those y of b, averaged. A second-order similarity: it lifts a
 * counterpart that shares few words with i but much with what surrounds i in its story. `soft` is each
 * pair's value in `xs` (0 for pairs that are not candidates, as in the model).
 */
export function contextFeature(
  views: View[],
  a: Span,
  b: Span,
  pairs: PairList,
  xs: Float64Array,
  vocabSize: number,
): Float64Array {
  const na = a.end - a.start;
  const nb = b.end - b.start;
  const basisA = basisOf(a);
  const basisB = basisOf(b);
  const KA = basisA.length;
  const KB = basisB.length;
  const rowA = new Map(basisA.map((x, q) => [x - a.start, q]));
  const rowB = new Map(basisB.map((y, q) => [y - b.start, q]));
  // soft(x, j) for the basis passages x of a, by j; soft(i, y) for those y of b, by i: each pair's sum
  // below is then one contiguous dot product of length K.
  const toA = new Float64Array(nb * KA);
  const toB = new Float64Array(na * KB);
  for (let k = 0; k < pairs.i.length; k++) {
    const i = (pairs.i[k] as number) - a.start;
    const j = (pairs.j[k] as number) - b.start;
    const v = xs[k * FEATURES.length + SOFT] as number;
    const qa = rowA.get(i);
    if (qa !== undefined) toA[j * KA + qa] = v;
    const qb = rowB.get(j);
    if (qb !== undefined) toB[i * KB + qb] = v;
  }
  const wa = withinOf(views, a, basisA, vocabSize);
  const wb = withinOf(views, b, basisB, vocabSize);
  const total = (w: Float64Array, n: number, K: number) =>
    Float64Array.from({ length: n }, (_, r) => {
      let t = 0;
      for (let q = 0; q < K; q++) t += w[r * K + q] as number;
      return t;
    });
  const sumA = total(wa, na, KA);
  const sumB = total(wb, nb, KB);
  const out = new Float64Array(pairs.i.length);
  for (let k = 0; k < pairs.i.length; k++) {
    const i = (pairs.i[k] as number) - a.start;
    const j = (pairs.j[k] as number) - b.start;
    let x = 0;
    for (let q = 0, r = i * KA, c = j * KA; q < KA; q++) x += (wa[r + q] as number) * (toA[c + q] as number);
    let y = 0;
    for (let q = 0, r = j * KB, c = i * KB; q < KB; q++) y += (wb[r + q] as number) * (toB[c + q] as number);
    const sa = sumA[i] as number;
    const sb = sumB[j] as number;
    out[k] = ((sa > 0 ? x / sa : 0) + (sb > 0 ? y / sb : 0)) / 2;
  }
  return out;
}

/** `pairFeatures` and `context`, LINK_FEATURES.length per pair in one flat array. */
export function linkFeatures(
  views: View[],
  a: Span,
  b: Span,
  pairs: PairList,
  vocabSize: number,
): Float64Array {
  const xs = pairFeatures(views, pairs, vocabSize);
  const context = contextFeature(views, a, b, pairs, xs, vocabSize);
  const w = FEATURES.length;
  const out = new Float64Array(pairs.i.length * (w + 1));
  for (let k = 0; k < pairs.i.length; k++) {
    out.set(xs.subarray(k * w, (k + 1) * w), k * (w + 1));
    out[k * (w + 1) + w] = context[k] as number;
  }
  return out;
}
