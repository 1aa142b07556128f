import type { Span } from "./links";
import { FEATURES, type PairList, pairFeatures, type View } from "./pairs";

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
  const f = pairFeatures(views, { i: Int32Array.from(is), j: Int32Array.from(xs) }, vocabSize);
  const out = new Float64Array((s.end - s.start) * K);
  const col = new Map(basis.map((x, k) => [x, k]));
  for (let p = 0; p < is.length; p++) {
    const i = is[p] as number;
    const x = xs[p] as number;
    const v = f[p * FEATURES.length + SOFT] as number;
    out[(i - s.start) * K + (col.get(x) as number)] = v;
    if (whole) out[(x - s.start) * K + (col.get(i) as number)] = v;
  }
  return out;
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
  const soft = new Float32Array(na * nb);
  for (let k = 0; k < pairs.i.length; k++)
    soft[((pairs.i[k] as number) - a.start) * nb + ((pairs.j[k] as number) - b.start)] = xs[
      k * FEATURES.length + SOFT
    ] as number;
  const basisA = basisOf(a);
  const basisB = basisOf(b);
  const KA = basisA.length;
  const KB = basisB.length;
  const wa = withinText(views, a, basisA, vocabSize);
  const wb = withinText(views, b, basisB, vocabSize);
  // wb transposed (basis-major), and each j's total weight, for the scan over j below.
  const wbT = new Float64Array(KB * nb);
  const sumB = new Float64Array(nb);
  for (let j = 0; j < nb; j++)
    for (let k = 0; k < KB; k++) {
      const w = wb[j * KB + k] as number;
      wbT[k * nb + j] = w;
      sumB[j] = (sumB[j] as number) + w;
    }
  const out = new Float64Array(pairs.i.length);
  const accA = new Float64Array(nb);
  const accB = new Float64Array(nb);
  // candidatePairs lists pairs in order of i: each row of a is accumulated once.
  let k = 0;
  while (k < pairs.i.length) {
    const i = (pairs.i[k] as number) - a.start;
    accA.fill(0);
    accB.fill(0);
    let sumA = 0;
    for (let q = 0; q < KA; q++) {
      const w = wa[i * KA + q] as number;
      if (w <= 0) continue;
      sumA += w;
      const row = ((basisA[q] as number) - a.start) * nb;
      for (let j = 0; j < nb; j++) accA[j] = (accA[j] as number) + w * (soft[row + j] as number);
    }
    for (let q = 0; q < KB; q++) {
      const s = soft[i * nb + (basisB[q] as number) - b.start] as number;
      if (s <= 0) continue;
      for (let j = 0; j < nb; j++) accB[j] = (accB[j] as number) + s * (wbT[q * nb + j] as number);
    }
    for (; k < pairs.i.length && (pairs.i[k] as number) - a.start === i; k++) {
      const j = (pairs.j[k] as number) - b.start;
      const x = sumA > 0 ? (accA[j] as number) / sumA : 0;
      const y = (sumB[j] as number) > 0 ? (accB[j] as number) / (sumB[j] as number) : 0;
      out[k] = (x + y) / 2;
    }
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
