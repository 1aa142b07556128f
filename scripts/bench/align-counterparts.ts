/**
 * Counterparts on the dev set, leave-one-pair-out: for each pair, the link model is fitted and its
 * threshold chosen on the other pairs, then the real `alignDocuments` runs on the held-out pair and its
 * links and candidates are scored. Beside it, the naive baseline: each paragraph's best Jaccard overlap
 * of content words, linked at ≥ 0.1.
 */

import { LINK_FEATURES, linkFeatures } from "../../lib/align/context-feature";
import {
  type AlignOptions,
  type AlignResult,
  alignDocuments,
  DEFAULT_ALIGN_OPTIONS,
} from "../../lib/align/index";
import { getNeighbours } from "../../lib/align/neighbours";
import { analyse, getNlp } from "../../lib/align/nlp";
import { buildViews, candidatePairs, vocabulary } from "../../lib/align/pairs";
import { splitPassages } from "../../lib/align/split";
import { buildSpace } from "../../lib/align/vectors";
import { add, type Counts, count, type DevPair, figures, isGold, type Prediction, zero } from "./align-dev";
import { fitLogistic } from "./align-fit";

interface Row {
  x: number[];
  y: number;
}

const textOf = (paragraphs: string[]) => paragraphs.join("\n\n");

/** The link model's features for every candidate pair, by the aligner's own steps. */
function rowsOf(pair: DevPair): Row[] {
  const blocks = [pair.a, pair.b].map((d) => splitPassages(textOf(d.paragraphs)));
  const texts = blocks.flat().map((b) => b.text);
  const features = texts.map(analyse);
  const space = buildSpace(features);
  const vocab = vocabulary(getNeighbours());
  const views = buildViews(space, features, texts, getNeighbours(), vocab);
  const na = blocks[0]?.length ?? 0;
  const a = { start: 0, end: na };
  const b = { start: na, end: texts.length };
  const pairs = candidatePairs(views, a, b);
  const xs = linkFeatures(views, a, b, pairs, vocab.size());
  const width = LINK_FEATURES.length;
  return Array.from(pairs.i, (i, k) => ({
    x: Array.from(xs.subarray(k * width, (k + 1) * width)),
    y: isGold(pair, i, (pairs.j[k] as number) - na) ? 1 : 0,
  }));
}

/** The dev-set metric's view of an align result. */
export function predictionOf(result: AlignResult): Prediction {
  const [pa, pb] = result.documents.map((d) => d.passages);
  const side = new Map<string, [0 | 1, number]>();
  for (const [i, p] of (pa ?? []).entries()) side.set(p.id, [0, i]);
  for (const [i, p] of (pb ?? []).entries()) side.set(p.id, [1, i]);
  const best = new Map<string, [number, number]>();
  for (const l of result.links)
    for (const [s, t] of [
      [l.source, l.target],
      [l.target, l.source],
    ] as const) {
      const other = side.get(t)?.[1] ?? -1;
      if ((best.get(s)?.[1] ?? -1) < l.score) best.set(s, [other, l.score]);
    }
  const bestOf = (ps: typeof pa) => (ps ?? []).map((p) => best.get(p.id)?.[0]);
  const candOf = (ps: typeof pa) =>
    (ps ?? []).map((p) => p.candidates.map((c) => side.get(c.id)?.[1] ?? -1).filter((j) => j >= 0));
  return { best: [bestOf(pa), bestOf(pb)], candidates: [candOf(pa), candOf(pb)] };
}

const align = (pair: DevPair, options: AlignOptions) =>
  alignDocuments({ documents: [pair.a, pair.b].map((d) => ({ text: textOf(d.paragraphs) })) }, options);

const THRESHOLDS = Array.from({ length: 81 }, (_, k) => 0.1 + k * 0.01);

/** The threshold that maximises the mean on the given pairs, from their pair probabilities. */
function chooseThreshold(pairs: DevPair[], weights: number[]): number {
  const results = pairs.map((p) => {
    const r = align(p, { ...DEFAULT_ALIGN_OPTIONS, links: { weights, threshold: 0 } });
    return [p, r] as const;
  });
  let best = { t: 0.5, mean: -1 };
  for (const t of THRESHOLDS) {
    let c = zero();
    for (const [p, r] of results) {
      const kept = { ...r, links: r.links.filter((l) => l.score >= t) };
      c = add(c, count(p, predictionOf(kept)));
    }
    const m = figures(c).mean;
    if (m > best.mean + 1e-9) best = { t, mean: m };
  }
  return best.t;
}

/** Naive baseline: content words (wink's stop words out), best Jaccard per paragraph, linked at ≥ 0.1. */
function jaccard(pair: DevPair): Prediction {
  const nlp = getNlp();
  const bag = (t: string) => {
    const toks = nlp.readDoc(t).tokens();
    const words = toks.out(nlp.its.normal) as string[];
    const stop = toks.out(nlp.its.stopWordFlag) as unknown as boolean[];
    const types = toks.out(nlp.its.type) as string[];
    return new Set(words.filter((_, k) => !stop[k] && (types[k] === "word" || types[k] === "number")));
  };
  const A = pair.a.paragraphs.map(bag);
  const B = pair.b.paragraphs.map(bag);
  const sim = (x: Set<string>, y: Set<string>) => {
    const inter = [...x].filter((w) => y.has(w)).length;
    const union = x.size + y.size - inter;
    return union ? inter / union : 0;
  };
  const side = (from: Set<string>[], to: Set<string>[]) => {
    const ranked = from.map((x) =>
      to.map((y, j) => ({ j, s: sim(x, y) })).sort((p, q) => q.s - p.s || p.j - q.j),
    );
    return {
      best: ranked.map((r) => (r[0] && r[0].s >= 0.1 ? r[0].j : undefined)),
      cands: ranked.map((r) => r.slice(0, 3).map((c) => c.j)),
    };
  };
  const ab = side(A, B);
  const ba = side(B, A);
  return { best: [ab.best, ba.best], candidates: [ab.cands, ba.cands] };
}

export interface DevRow {
  id: string;
  aligner: Counts;
  jaccard: Counts;
  threshold: number;
}

export function evaluateDevSet(pairs: DevPair[]) {
  const rows = new Map(pairs.map((p) => [p, rowsOf(p)]));
  const fitOn = (ps: DevPair[]) => {
    const data = ps.flatMap((p) => rows.get(p) ?? []);
    return fitLogistic(
      data.map((r) => r.x),
      data.map((r) => r.y),
    );
  };
  const perPair: DevRow[] = [];
  /** Held-out link scores and whether each link was right, for the calibration table. */
  const calibration: { score: number; right: boolean }[] = [];
  for (const held of pairs) {
    const train = pairs.filter((p) => p !== held);
    const weights = fitOn(train);
    const threshold = chooseThreshold(train, weights);
    const result = align(held, { ...DEFAULT_ALIGN_OPTIONS, links: { weights, threshold } });
    const [pa, pb] = result.documents.map((d) => d.passages.map((p) => p.id));
    for (const l of result.links) {
      const i = pa?.indexOf(l.source) ?? -1;
      const j = pb?.indexOf(l.target) ?? -1;
      calibration.push({ score: l.score, right: isGold(held, i, j) });
    }
    perPair.push({
      id: held.id,
      aligner: count(held, predictionOf(result)),
      jaccard: count(held, jaccard(held)),
      threshold,
    });
  }
  const all = fitOn(pairs);
  return {
    perPair,
    total: {
      aligner: perPair.reduce((c, r) => add(c, r.aligner), zero()),
      jaccard: perPair.reduce((c, r) => add(c, r.jaccard), zero()),
    },
    calibration,
    fitted: { weights: all.map((w) => Math.round(w * 100) / 100), threshold: chooseThreshold(pairs, all) },
    shipped: {
      weights: [...DEFAULT_ALIGN_OPTIONS.links.weights],
      threshold: DEFAULT_ALIGN_OPTIONS.links.threshold,
    },
  };
}
