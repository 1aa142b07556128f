import type { Link, Span } from "./links";
import { candidatePairs, pairFeatures, type View } from "./pairs";

/**
 * Logistic regression over `pairFeatures` (intercept first: lemmas, names, soft, quote), fitted on all pairs of the dev set by
 * `npm run bench:align`, which prints these numbers. Its output is the probability that the two passages
 * report the same thing (Platt scaling: the model is the calibration). Leave-one-pair-out figures: README.md.
 */
export const LINK_WEIGHTS: readonly number[] = [-4.88, 10.18, 0.51, 10.44, 2.08];

/**
 * A passage is linked to its best counterpart when that pair's probability reaches this; below it, the
 * passage has no counterpart in that text ("only here" uses the same bar). Chosen on the dev set.
 */
export const LINK_THRESHOLD = 0.34;

/** How many ranked suggestions each passage carries per other text. */
export const CANDIDATES_PER_TEXT = 3;

export interface Scored {
  source: number;
  target: number;
  score: number;
}

export function probability(x: number[], weights: readonly number[]): number {
  let z = weights[0] ?? 0;
  x.forEach((v, k) => {
    z += (weights[k + 1] ?? 0) * v;
  });
  return 1 / (1 + Math.exp(-z));
}

/** Every candidate pair between two documents with its probability of being counterparts. */
export function scorePairs(
  views: View[],
  a: Span,
  b: Span,
  vocabSize: number,
  weights: readonly number[],
): Scored[] {
  const pairs = candidatePairs(views, a, b);
  const xs = pairFeatures(views, pairs, vocabSize);
  return pairs.map(([i, j], k) => ({
    source: i,
    target: j,
    score: probability(xs[k] as number[], weights),
  }));
}

const byScore = (x: { score: number; other: number }, y: { score: number; other: number }) =>
  y.score - x.score || x.other - y.other;

/**
 * Each passage's best counterpart when it reaches `threshold` (one-to-many: a passage may be the best of
 * several), and each passage's top suggestions in the other document whatever their score.
 */
export function decide(
  scored: Scored[],
  threshold: number,
  perText = CANDIDATES_PER_TEXT,
): { links: Link[]; candidates: Map<number, { other: number; score: number }[]> } {
  const options = new Map<number, { other: number; score: number }[]>();
  const push = (p: number, other: number, score: number) => {
    const list = options.get(p);
    if (list) list.push({ other, score });
    else options.set(p, [{ other, score }]);
  };
  for (const s of scored) {
    push(s.source, s.target, s.score);
    push(s.target, s.source, s.score);
  }
  const links = new Map<string, Link>();
  const candidates = new Map<number, { other: number; score: number }[]>();
  for (const [p, list] of options) {
    list.sort(byScore);
    candidates.set(p, list.slice(0, perText));
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
