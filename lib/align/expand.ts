import { getNeighbours } from "./neighbours";

/** One word of a topic phrase: its own forms (full weight) and its neighbours (worth their cosine). */
export interface QTerm {
  forms: string[];
  near: Map<string, number>;
}

/** What a set of terms holds of a phrase word: 1 for one of its own forms, else its best neighbour's cosine, else 0. */
export function held(q: QTerm, terms: Set<string>): number {
  if (q.forms.some((f) => terms.has(f))) return 1;
  let best = 0;
  for (const [w, c] of q.near) if (c > best && terms.has(w)) best = c;
  return best;
}

/**
 * A word's word-vector neighbours with cosine ≥ `floor` ("moscow" → "kremlin" 0.77, "russia" 0.80), from
 * the shipped table; none when `floor` ≥ 1 or the word is not in the table.
 */
export function neighboursOf(word: string, floor: number): Map<string, number> {
  const near = new Map<string, number>();
  if (floor >= 1) return near;
  const table = getNeighbours();
  const id = table.ids.get(word);
  if (id === undefined) return near;
  const cos = table.cos[id];
  table.near[id]?.forEach((n, m) => {
    const c = cos?.[m] ?? 0;
    const w = table.words[n];
    if (c >= floor && w !== undefined) near.set(w, c);
  });
  return near;
}
