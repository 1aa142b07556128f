import type { Link } from "./links";
import { analyse, type Features } from "./nlp";
import type { AlignTopicInput } from "./schema";
import { cosine, type Space } from "./vectors";

export interface TopicOptions {
  /** A passage takes a topic when its match score reaches this. */
  threshold: number;
  /** Share of a linked counterpart's topic score (times the link score) added to a passage's own. */
  reinforce: number;
  /** Weight of the label+keywords BM25 cosine beside the best keyword-phrase hit (0 on the seed bench: it only added noise). */
  cosineWeight: number;
}

/**
 * How much of a phrase's weight (BM25 idf of its lemmas) a passage contains, in [0, 1]. A phrase lighter
 * than `floor` (one common word, e.g. "Russia" in texts about Russia) cannot score fully on its own.
 */
function phraseHit(space: Space, phrase: string[], passage: Set<string>, floor: number): number {
  let total = 0;
  let hit = 0;
  for (const t of phrase) {
    const w = space.idf(t);
    total += w;
    if (passage.has(t)) hit += w;
  }
  return total > 0 ? hit / Math.max(total, floor) : 0;
}

/** Match score of every passage (rows) for every topic (columns). */
export function topicScores(
  space: Space,
  features: Features[],
  topics: AlignTopicInput[],
  opts: TopicOptions,
) {
  const queries = topics.map((t) => {
    const phrases = [t.label, ...(t.keywords ?? [])].map((k) => [...new Set(analyse(k).terms)]);
    return { phrases, bow: space.termsOf(phrases.flat()) };
  });
  // Half the weight of a word no passage uses: a moderately rare word.
  const floor = space.idf("\u0001") / 2;
  return features.map((f, i) => {
    const own = new Set(f.terms);
    return queries.map((q) => {
      const hit = Math.max(0, ...q.phrases.map((p) => phraseHit(space, p, own, floor)));
      const cos = opts.cosineWeight ? cosine(space.terms[i] ?? {}, q.bow) : 0;
      return Math.min(1, (1 - opts.cosineWeight) * hit + opts.cosineWeight * cos);
    });
  });
}

/** Topic ids per passage: own match, plus what a linked counterpart lends in proportion to the link's strength. */
export function assignTopics(
  space: Space,
  features: Features[],
  topics: AlignTopicInput[],
  links: Link[],
  opts: TopicOptions,
): string[][] {
  const own = topicScores(space, features, topics, opts);
  const lent = own.map((row) => row.map(() => 0));
  for (const l of links) {
    const a = own[l.source] ?? [];
    const b = own[l.target] ?? [];
    topics.forEach((_, k) => {
      const la = lent[l.source] as number[];
      const lb = lent[l.target] as number[];
      la[k] = Math.max(la[k] ?? 0, l.score * (b[k] ?? 0));
      lb[k] = Math.max(lb[k] ?? 0, l.score * (a[k] ?? 0));
    });
  }
  return own.map((row, i) =>
    topics.flatMap((t, k) =>
      (row[k] ?? 0) + opts.reinforce * (lent[i]?.[k] ?? 0) >= opts.threshold ? [t.id] : [],
    ),
  );
}
