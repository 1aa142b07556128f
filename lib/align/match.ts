import { held, type QTerm } from "./expand";
import type { Space } from "./vectors";

/** How a topic's pool of single words matches a sentence (see `TopicOptions`). */
export interface PoolOptions {
  poolMin: number;
  poolScale: number;
  poolRare: number;
  minWeight: number;
  /** A pool's match needs one of its words named in its own right, not only in passing (see `passing`). */
  poolNamed: boolean;
}

/** Every run of `size` consecutive terms of a sentence as a set (the sentence itself when shorter, or size 0). */
export function windows(sentence: string[], size: number): Set<string>[] {
  if (size <= 0 || sentence.length <= size) return [new Set(sentence)];
  const out: Set<string>[] = [];
  for (let i = 0; i + size <= sentence.length; i++) out.push(new Set(sentence.slice(i, i + size)));
  return out;
}

/**
 * A pool scores its IDF weight held, against two moderately rare words' worth. Given `named` (the terms a
 * sentence names in its own right), one of the words held must be among them.
 */
export function poolHit(
  space: Space,
  pool: QTerm[],
  terms: Set<string>,
  floor: number,
  opts: PoolOptions,
  named?: Set<string>,
) {
  let hit = 0;
  let n = 0;
  let rare = false;
  let own = false;
  let right = !named;
  for (const q of pool) {
    const w = space.idf(q.forms[0] ?? "");
    const h = held(q, terms);
    if (h > 0) {
      hit += w * h;
      n++;
      rare ||= w >= opts.poolRare * floor;
      own ||= h === 1;
      right ||= named !== undefined && held(q, named) > 0;
    }
  }
  if (n < opts.poolMin || !rare || !own || !right || hit < opts.minWeight * floor) return 0;
  return Math.min(1, hit / (opts.poolScale * floor));
}

/** IDF share of a phrase's lemmas that a set of terms contains, in [0, 1]; light phrases are floored. */
export function phraseHit(
  space: Space,
  phrase: QTerm[],
  terms: Set<string>,
  floor: number,
  minTerms: number,
  minWeight: number,
): number {
  let total = 0;
  let hit = 0;
  let n = 0;
  let own = false;
  for (const q of phrase) {
    const w = space.idf(q.forms[0] ?? "");
    total += w;
    const h = held(q, terms);
    if (h > 0) {
      hit += w * h;
      n++;
      own ||= h === 1;
    }
  }
  if (!own || n < Math.min(minTerms, phrase.length) || hit < minWeight * floor) return 0;
  return total > 0 ? hit / Math.max(total, floor) : 0;
}
