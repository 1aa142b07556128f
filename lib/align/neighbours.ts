import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/** Near-synonyms from word vectors, precomputed by scripts/bench/align-neighbours.ts (see README.md). */
export const NEIGHBOURS_FILE = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  "data",
  "lexicons",
  "word-neighbours.txt",
);

/** Words as integer ids, each with its neighbours' ids and cosines (nearest first): compact and fast to scan. */
export interface Neighbours {
  ids: Map<string, number>;
  /** The words by id: `words[ids.get(w)] === w`. */
  words: string[];
  near: (Int32Array | undefined)[];
  cos: (Float32Array | undefined)[];
}

let table: Neighbours | null = null;

/** Parses "word<TAB>neighbour:cos×100 …" lines. */
export function parseNeighbours(text: string): Neighbours {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const id = (w: string) => {
    let k = ids.get(w);
    if (k === undefined) {
      k = ids.size;
      ids.set(w, k);
      words.push(w);
    }
    return k;
  };
  const near: (Int32Array | undefined)[] = [];
  const cos: (Float32Array | undefined)[] = [];
  for (const line of text.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 1) continue;
    const head = id(line.slice(0, tab));
    const items = line.slice(tab + 1).split(" ");
    const n = new Int32Array(items.length);
    const c = new Float32Array(items.length);
    items.forEach((item, k) => {
      const colon = item.lastIndexOf(":");
      n[k] = id(item.slice(0, colon));
      c[k] = Number(item.slice(colon + 1)) / 100;
    });
    near[head] = n;
    cos[head] = c;
  }
  return { ids, words, near, cos };
}

/** Loaded once per process (about 150 ms, 15 MB); an absent file means no soft matching, not an error. */
export function getNeighbours(file = NEIGHBOURS_FILE): Neighbours {
  table ??= existsSync(file)
    ? parseNeighbours(readFileSync(file, "utf8"))
    : { ids: new Map(), words: [], near: [], cos: [] };
  return table;
}

/** How many of the most frequent words are ranked: topic names only ask whether a word is among the first 1,000. */
export const RANKED_WORDS = 2000;

const ranks = new WeakMap<Neighbours, Map<string, number>>();
/**
 * A word's frequency rank in the table (its lines are the most frequent words first, "new" is 0);
 * Infinity for a word the table does not head or ranks beyond `RANKED_WORDS` (a map of all 20,000 stayed
 * in memory for good, for a question about the first thousand).
 */
export function frequencyRank(n: Neighbours, word: string): number {
  let r = ranks.get(n);
  if (!r) {
    r = new Map();
    for (let id = 0; id < n.words.length && r.size < RANKED_WORDS; id++)
      if (n.near[id]) r.set(n.words[id] as string, r.size);
    ranks.set(n, r);
  }
  return r.get(word) ?? Number.POSITIVE_INFINITY;
}
