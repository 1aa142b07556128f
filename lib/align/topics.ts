import type { Link, Span } from "./links";
import { analyse, type Features } from "./nlp";
import type { AlignTopicInput } from "./schema";
import type { Space } from "./vectors";

export interface TopicOptions {
  /** A passage takes a topic when its match score reaches this. */
  threshold: number;
  /** Share of a linked counterpart's topic score (times the link score) added to a passage's own. */
  reinforce: number;
  /** Phrases must be matched within one sentence (else anywhere in the passage). */
  sentence: boolean;
  /** Coverage is raised to this power: a half-matched phrase counts for less than half. */
  gamma: number;
  /** How phrase hits combine: the best one, or noisy-or of all. */
  combine: "max" | "or";
  /** Neighbours within this many passages (same document, same section) lend context. */
  window: number;
  /** Context lent by a neighbour at distance d: its score × decay^d. */
  decay: number;
  /** Context is added only to passages with at least this much evidence of their own. */
  gate: number;
  /** Passages with at most this many terms take context ungated (too short to speak for themselves). */
  short: number;
  /** A unit matching fewer of a phrase's terms than this (or all of a shorter phrase) scores 0 for it. */
  minTerms: number;
  /** A unit whose matched terms weigh less than this share of the floor scores 0 for the phrase. */
  minWeight: number;
  /** Proper nouns in keywords also match their adjectives ("Russia" matches "Russian"). */
  demonyms: boolean;
  /** Read a label that lists things as its parts too. */
  splitLabel: boolean;
  /** The bar rises to this share of the topic's best score in the corpus when that is higher (0: off). */
  relative: number;
}

/** IDF share of a phrase's lemmas that a set of terms contains, in [0, 1]; light phrases are floored. */
function phraseHit(
  space: Space,
  phrase: string[][],
  terms: Set<string>,
  floor: number,
  minTerms: number,
  minWeight: number,
): number {
  let total = 0;
  let hit = 0;
  let n = 0;
  for (const forms of phrase) {
    const w = space.idf(forms[0] ?? "");
    total += w;
    if (forms.some((f) => terms.has(f))) {
      hit += w;
      n++;
    }
  }
  if (n < Math.min(minTerms, phrase.length) || hit < minWeight * floor) return 0;
  return total > 0 ? hit / Math.max(total, floor) : 0;
}

/** A label that lists things ("The UN: votes, vetoes and positions") is read whole and as its parts. */
function labelPhrases(label: string, split: boolean): string[] {
  if (!split) return [label];
  const parts = label
    .split(/[,:;]|\band\b|&/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? [label, ...parts] : [label];
}

/**
 * A proper noun's adjective of people and origin is the same keyword ("Russia" → "Russian", "Israel" →
 * "Israeli", "Iran" → "Iranian", "Ukraine" → "Ukrainian"): English suffix rules, no word list.
 */
function formsOf(term: string, surface: string): string[] {
  if (!/^[A-Z]/.test(surface) || term.length < 4) return [term];
  const stem = term.replace(/[ae]$/, "");
  return [...new Set([term, `${term}n`, `${term}an`, `${term}ian`, `${term}i`, `${stem}ian`, `${stem}an`])];
}

/** Match score of every passage (rows) for every topic (columns), from its own words only. */
export function topicScores(
  space: Space,
  features: Features[],
  topics: AlignTopicInput[],
  opts: TopicOptions,
) {
  const queries = topics.map((t) =>
    [...labelPhrases(t.label, opts.splitLabel), ...(t.keywords ?? [])].map((k) => {
      const f = analyse(k);
      return [...new Set(f.terms)].map((t) => (opts.demonyms ? formsOf(t, f.surface.get(t) ?? t) : [t]));
    }),
  );
  // Half the weight of a word no passage uses: a moderately rare word.
  const floor = space.idf("\u0001") / 2;
  return features.map((f) => {
    const units = (opts.sentence ? f.sentences : [f.terms]).map((s) => new Set(s));
    return queries.map((phrases) => {
      let best = 0;
      let none = 1;
      for (const p of phrases) {
        let h = 0;
        for (const u of units) h = Math.max(h, phraseHit(space, p, u, floor, opts.minTerms, opts.minWeight));
        h **= opts.gamma;
        best = Math.max(best, h);
        none *= 1 - h;
      }
      return opts.combine === "max" ? best : 1 - none;
    });
  });
}

/** Topic ids per passage: own match, what linked counterparts lend, then what neighbours lend. */
export function assignTopics(
  space: Space,
  features: Features[],
  topics: AlignTopicInput[],
  links: Link[],
  spans: Span[],
  headings: boolean[],
  opts: TopicOptions,
): string[][] {
  const own = topicScores(space, features, topics, opts);
  const score = own.map((row) => [...row]);
  for (const l of links) {
    topics.forEach((_, k) => {
      const a = own[l.source]?.[k] ?? 0;
      const b = own[l.target]?.[k] ?? 0;
      const sa = score[l.source] as number[];
      const sb = score[l.target] as number[];
      sa[k] = Math.max(sa[k] ?? 0, a + opts.reinforce * l.score * b);
      sb[k] = Math.max(sb[k] ?? 0, b + opts.reinforce * l.score * a);
    });
  }
  const final = score.map((row) => [...row]);
  if (opts.window > 0)
    for (const { start, end } of spans)
      for (let i = start; i < end; i++) {
        const mine = own[i] ?? [];
        const open = mine.length > 0 && (features[i]?.terms.length ?? 0) <= opts.short;
        topics.forEach((_, k) => {
          if (!open && (mine[k] ?? 0) < opts.gate) return;
          let ctx = 0;
          for (const dir of [-1, 1]) {
            for (let d = 1; d <= opts.window; d++) {
              const j = i + dir * d;
              if (j < start || j >= end) break;
              // A heading starts a new run: nothing crosses it, and it takes context from below only.
              if (dir < 0 && headings[j + 1]) break;
              if (dir > 0 && headings[j]) break;
              ctx = Math.max(ctx, opts.decay ** d * (score[j]?.[k] ?? 0));
            }
          }
          const row = final[i] as number[];
          row[k] = (row[k] ?? 0) + ctx;
        });
      }
  const best = topics.map((_, k) => Math.max(0, ...final.map((r) => r[k] ?? 0)));
  return final.map((row) =>
    topics.flatMap((t, k) => {
      const s = row[k] ?? 0;
      return s >= Math.max(opts.threshold, opts.relative * (best[k] ?? 0)) ? [t.id] : [];
    }),
  );
}
