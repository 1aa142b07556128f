/**
 * The dev set (../shared/align-dev: real news pairs with counterpart gold), read at run time and never
 * copied into the repository. Loads the pairs, turns each into the aligner's passages and pair features,
 * and scores predictions with the set's metric (README.md there): top-1, unlinked, mean, top-3.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const DEV_DIR = path.join(process.cwd(), "..", "shared", "align-dev");

export interface DevPair {
  id: string;
  a: { paragraphs: string[] };
  b: { paragraphs: string[] };
  a_to_b: Record<string, number[] | null>;
  b_to_a: Record<string, number[] | null>;
}

export function loadDevPairs(dir = DEV_DIR): DevPair[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith("basil-") && f.endsWith(".json"))
    .sort()
    .map((f) => {
      const pair = JSON.parse(readFileSync(path.join(dir, f), "utf8")) as DevPair;
      return { ...pair, id: pair.id ?? f.replace(/\.json$/, "") };
    });
}

/** What an aligner says about one pair: each paragraph's linked counterpart (or none) and its suggestions. */
export interface Prediction {
  /** Per side ("a" then "b"), per paragraph: the other side's index, or undefined. */
  best: [(number | undefined)[], (number | undefined)[]];
  /** Per side, per paragraph: the other side's indices, best first (up to three are scored). */
  candidates: [number[][], number[][]];
}

export interface Counts {
  hit: number;
  linked: number;
  kept: number;
  empty: number;
  top3: number;
}

export const zero = (): Counts => ({ hit: 0, linked: 0, kept: 0, empty: 0, top3: 0 });
export const add = (x: Counts, y: Counts): Counts => ({
  hit: x.hit + y.hit,
  linked: x.linked + y.linked,
  kept: x.kept + y.kept,
  empty: x.empty + y.empty,
  top3: x.top3 + y.top3,
});

export function count(pair: DevPair, pred: Prediction): Counts {
  const c = zero();
  const sides = [pair.a_to_b, pair.b_to_a] as const;
  sides.forEach((gold, s) => {
    for (const [k, want] of Object.entries(gold)) {
      if (want == null) continue;
      const i = Number(k);
      const got = pred.best[s as 0 | 1][i];
      if (want.length) {
        c.linked++;
        if (got !== undefined && want.includes(got)) c.hit++;
        if ((pred.candidates[s as 0 | 1][i] ?? []).slice(0, 3).some((j) => want.includes(j))) c.top3++;
      } else {
        c.empty++;
        if (got === undefined) c.kept++;
      }
    }
  });
  return c;
}

export const figures = (c: Counts) => {
  const top1 = c.linked ? c.hit / c.linked : 0;
  const unlinked = c.empty ? c.kept / c.empty : 0;
  return { top1, unlinked, mean: (top1 + unlinked) / 2, top3: c.linked ? c.top3 / c.linked : 0 };
};

/** Gold label of a pair of paragraphs: either direction lists the other as a counterpart. */
export const isGold = (pair: DevPair, i: number, j: number) =>
  (pair.a_to_b[String(i)] ?? []).includes(j) || (pair.b_to_a[String(j)] ?? []).includes(i);
