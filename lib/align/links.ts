import type { Space } from "./vectors";
import { cosine, unitDot } from "./vectors";

export interface LinkOptions {
  /** Share of the score given to shared names, numbers and dates; the rest is lemma BM25 cosine. */
  nameWeight: number;
  /** Links scoring below this are not made. */
  threshold: number;
  /** "mutual": both passages are each other's best; "best": either passage's best counterpart. */
  mode: "mutual" | "best";
}

export interface Link {
  source: number;
  target: number;
  score: number;
}

/** A document as a run of passage indices in the shared space. */
export interface Span {
  start: number;
  end: number;
}

/** Only pairs that share a term or a name can score above 0: an inverted index skips the rest. */
function candidates(space: Space, a: Span, b: Span): Map<number, Set<number>> {
  const index = new Map<string, number[]>();
  for (let j = b.start; j < b.end; j++) {
    for (const bag of [space.terms[j], space.names[j]])
      for (const t in bag) {
        const list = index.get(t);
        if (list) list.push(j);
        else index.set(t, [j]);
      }
  }
  const pairs = new Map<number, Set<number>>();
  for (let i = a.start; i < a.end; i++) {
    const set = new Set<number>();
    for (const bag of [space.terms[i], space.names[i]])
      for (const t in bag) for (const j of index.get(t) ?? []) set.add(j);
    pairs.set(i, set);
  }
  return pairs;
}

/** Link score: lemma BM25 cosine and name-overlap cosine, weighted; `exact` uses wink's cosine. */
export function score(space: Space, i: number, j: number, nameWeight: number, exact = false): number {
  const cos = exact ? cosine : unitDot;
  const terms = cos(space.terms[i] ?? {}, space.terms[j] ?? {});
  const names = cos(space.names[i] ?? {}, space.names[j] ?? {});
  return (1 - nameWeight) * terms + nameWeight * names;
}

/** Counterpart links between two documents; each pair once, source in `a`, target in `b`. */
export function linkDocuments(space: Space, a: Span, b: Span, opts: LinkOptions): Link[] {
  const bestOfA = new Map<number, { j: number; s: number }>();
  const bestOfB = new Map<number, { i: number; s: number }>();
  // Ties go to the earlier passage (strict >), which keeps the output deterministic.
  for (const [i, js] of candidates(space, a, b)) {
    for (const j of [...js].sort((x, y) => x - y)) {
      const s = score(space, i, j, opts.nameWeight);
      if (s < opts.threshold) continue;
      if (s > (bestOfA.get(i)?.s ?? 0)) bestOfA.set(i, { j, s });
      const bj = bestOfB.get(j);
      if (!bj || s > bj.s || (s === bj.s && i < bj.i)) bestOfB.set(j, { i, s });
    }
  }
  const links = new Map<string, Link>();
  for (const [i, { j, s }] of bestOfA) {
    if (opts.mode === "best" || bestOfB.get(j)?.i === i)
      links.set(`${i}:${j}`, { source: i, target: j, score: s });
  }
  if (opts.mode === "best")
    for (const [j, { i, s }] of bestOfB) links.set(`${i}:${j}`, { source: i, target: j, score: s });
  // The reported score is wink's cosine (equal to the fast one up to rounding).
  for (const l of links.values()) l.score = score(space, l.source, l.target, opts.nameWeight, true);
  return [...links.values()].sort((x, y) => x.source - y.source || x.target - y.target);
}
