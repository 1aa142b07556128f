import { TEXT_LIMITS } from "../limits";
import { LINK_FEATURES, linkFeatures } from "./context-feature";
import type { Link, Span } from "./links";
import { candidatePairs, type View } from "./pairs";
import { LINK_THRESHOLD } from "./threshold";

/**
 * Logistic regression over `linkFeatures` (intercept first: lemmas, names, soft, quote, context), fitted on all pairs of the dev set by
 * `npm run bench:align`, which prints these numbers. Its output is the probability that the two passages
 * report the same thing (Platt scaling: the model is the calibration). Leave-one-pair-out figures: README.md.
 */
export const LINK_WEIGHTS: readonly number[] = [-5.33, 11.83, 0.44, 8.16, 1.89, 7.29];

/**
 * A passage is linked to its best counterpart when that pair's probability reaches this; below it, the
 * passage has no counterpart in that text ("only here" uses the same bar). Chosen on the dev set.
 */
export { LINK_THRESHOLD };

/** How many ranked suggestions each passage carries per other text (storage keeps as many). */
export const CANDIDATES_PER_TEXT = TEXT_LIMITS.candidatesPerText;

/** Scored pairs as parallel columns (see `PairList`): source and target passages, probability. */
export interface Scored {
  source: Int32Array;
  target: Int32Array;
  score: Float64Array;
}

export function probability(x: ArrayLike<number>, weights: readonly number[]): number {
  let z = weights[0] ?? 0;
  for (let k = 0; k < x.length; k++) z += (weights[k + 1] ?? 0) * (x[k] as number);
  return 1 / (1 + Math.exp(-z));
}

/** Every candidate pair between two documents with its probability of being counterparts. */
export function scorePairs(
  views: View[],
  a: Span,
  b: Span,
  vocabSize: number,
  weights: readonly number[],
): Scored {
  const pairs = candidatePairs(views, a, b);
  const xs = linkFeatures(views, a, b, pairs, vocabSize);
  const width = LINK_FEATURES.length;
  const score = new Float64Array(pairs.i.length);
  for (let k = 0; k < score.length; k++)
    score[k] = probability(xs.subarray(k * width, (k + 1) * width), weights);
  return { source: pairs.i, target: pairs.j, score };
}

export interface Option {
  other: number;
  score: number;
}

/** Better first; ties to the earlier passage, so the output is deterministic. */
const better = (x: Option, y: Option) => x.score > y.score || (x.score === y.score && x.other < y.other);

/**
 * Each passage's best counterpart when it reaches `threshold` (one-to-many: a passage may be the best of
 * several), and each passage's top `perText` suggestions in the other document whatever their score. Only
 * those few per passage are kept while the pairs stream by.
 */
export function decide(
  scored: Scored,
  threshold: number,
  perText: number = CANDIDATES_PER_TEXT,
): { links: Link[]; candidates: Map<number, Option[]> } {
  const candidates = new Map<number, Option[]>();
  const offer = (p: number, o: Option) => {
    let list = candidates.get(p);
    if (!list) {
      list = [];
      candidates.set(p, list);
    }
    if (list.length === perText && !better(o, list[perText - 1] as Option)) return;
    let k = list.length < perText ? list.length : perText - 1;
    while (k > 0 && better(o, list[k - 1] as Option)) {
      list[k] = list[k - 1] as Option;
      k--;
    }
    list[k] = o;
  };
  for (let k = 0; k < scored.score.length; k++) {
    const s = scored.score[k] as number;
    offer(scored.source[k] as number, { other: scored.target[k] as number, score: s });
    offer(scored.target[k] as number, { other: scored.source[k] as number, score: s });
  }
  const links = new Map<string, Link>();
  for (const [p, list] of candidates) {
    const best = list[0];
    if (!best || best.score < threshold) continue;
    const [source, target] = p < best.other ? [p, best.other] : [best.other, p];
    links.set(`${source}:${target}`, { source, target, score: best.score });
  }
  return {
    links: [...links.values()].sort((x, y) => x.source - y.source || x.target - y.target),
    candidates,
  };
}
