import { describe, expect, it } from "vitest";
import { basisOf, contextFeature, LINK_FEATURES, linkFeatures } from "./context-feature";
import { parseNeighbours } from "./neighbours";
import { analyse } from "./nlp";
import { buildViews, candidatePairs, FEATURES, pairFeatures, vocabulary } from "./pairs";
import { buildSpace } from "./vectors";

/** Views of two small texts, without word-vector neighbours: soft matching is exact matching here. */
function setup(a: string[], b: string[]) {
  const texts = [...a, ...b];
  const features = texts.map(analyse);
  const table = parseNeighbours("");
  const vocab = vocabulary(table);
  const views = buildViews(buildSpace(features), features, texts, table, vocab);
  const sa = { start: 0, end: a.length };
  const sb = { start: a.length, end: texts.length };
  const pairs = candidatePairs(views, sa, sb);
  return { views, sa, sb, pairs, size: vocab.size() };
}

const A = [
  "The council approved the river bridge budget on Monday.",
  "The bridge budget pays for repairs to the old stone crossing.",
];
const B = [
  "The council says repairs to the old stone crossing start in spring.",
  "The council canteen now serves soup at lunch.",
];

describe("context feature", () => {
  const { views, sa, sb, pairs, size } = setup(A, B);
  const xs = pairFeatures(views, pairs, size);
  const ctx = contextFeature(views, sa, sb, pairs, xs, size);
  const at = (i: number, j: number) => {
    const k = [...pairs.i].findIndex((x, n) => x === i && pairs.j[n] === j);
    expect(k).toBeGreaterThanOrEqual(0);
    return ctx[k] as number;
  };

  it("lifts a pair whose counterpart matches what surrounds it in its own text", () => {
    // A0 and B0 share only "council"; B0 says what A1, A0's neighbour in meaning, says.
    expect(at(0, 2)).toBeGreaterThan(at(0, 3));
    for (const v of ctx) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  });

  it("is symmetric: swapping the texts gives each pair the same value", () => {
    const s = setup(B, A);
    const back = contextFeature(s.views, s.sa, s.sb, s.pairs, pairFeatures(s.views, s.pairs, s.size), s.size);
    const swapped = (i: number, j: number) =>
      back[[...s.pairs.i].findIndex((x, n) => x === j - 2 && s.pairs.j[n] === i + 2)];
    expect(swapped(0, 2)).toBeCloseTo(at(0, 2), 10);
    expect(swapped(1, 2)).toBeCloseTo(at(1, 2), 10);
  });

  it("is the last link feature, after the pair features", () => {
    const all = linkFeatures(views, sa, sb, pairs, size);
    const w = LINK_FEATURES.length;
    expect(w).toBe(FEATURES.length + 1);
    for (let k = 0; k < pairs.i.length; k++) {
      expect(all[k * w + w - 1]).toBe(ctx[k]);
      expect(all[k * w]).toBe(xs[k * FEATURES.length]);
    }
  });
});

describe("context basis", () => {
  it("takes every passage of a short text and an even, deterministic stride of a long one", () => {
    expect(basisOf({ start: 3, end: 6 }, 5)).toEqual([3, 4, 5]);
    const long = basisOf({ start: 10, end: 1010 }, 100);
    expect(long).toHaveLength(100);
    expect(long[0]).toBe(10);
    expect(long[1]).toBe(20);
    expect(long[99]).toBe(1000);
  });
});
