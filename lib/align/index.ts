import { passageId } from "../corpus/ids";
import { decide, LINK_THRESHOLD, LINK_WEIGHTS, scorePairs } from "./counterparts";
import { discoverTopics } from "./discover";
import { checkPassages } from "./limits";
import type { Link, LinkOptions, Span } from "./links";
import { getNeighbours } from "./neighbours";
import { analyse, analyseWithoutPhrases } from "./nlp";
import { buildViews, vocabulary } from "./pairs";
import type { AlignRequest, AlignResult } from "./schema";
import { type Block, splitPassages } from "./split";
import { assignTopics, type TopicOptions } from "./topics";
import { buildSpace } from "./vectors";

export { CANDIDATES_PER_TEXT, LINK_THRESHOLD } from "./counterparts";
export { AlignLimitError, checkPassages, estimateAlign } from "./limits";
export { getNlp } from "./nlp";
export * from "./schema";
export { type Block, splitPassages } from "./split";

export interface AlignOptions {
  links: LinkOptions;
  topics: TopicOptions;
  /** Largest group of passages a discovered topic may hold. */
  maxTopicSize: number;
}

/** Chosen on the seed benchmark (`npm run bench:align`); see README.md. */
/** The highest score the aligner gives: 1 is kept for links a teacher sets. */
export const MAX_SCORE = 0.999;

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  links: { weights: LINK_WEIGHTS, threshold: LINK_THRESHOLD },
  topics: {
    threshold: 0.4,
    reinforce: 0.5,
    sentence: true,
    minTerms: 2,
    minWeight: 0.5,
    demonyms: true,
    combine: "or",
    window: 2,
    decay: 0.35,
    gate: 0.1,
    carry: 0.8,
    cut: true,
    singles: "pool",
    labelAlone: true,
    labelWords: true,
    poolMin: 2,
    poolScale: 3,
    poolRare: 0.75,
    poolNamed: true,
    labelSingle: 1,
    expand: 0.6,
    near: 5,
    collocate: true,
    passing: true,
    passingNouns: true,
    labelPool: 1,
  },
  maxTopicSize: 8,
};

/** Splits each document into passages, links each passage to its counterpart in every other document, tags topics. */
export function alignDocuments(
  input: AlignRequest,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
): AlignResult {
  const split = input.documents.map((d) => splitPassages(d.text));
  checkPassages(split);
  const blocks: Block[] = split.flat();
  let start = 0;
  const spans: Span[] = split.map((b) => {
    start += b.length;
    return { start: start - b.length, end: start };
  });
  // Looked up for every pair of passages while grouping: a table, not a search.
  const docIndex = new Int32Array(blocks.length);
  spans.forEach((s, d) => {
    docIndex.fill(d, s.start, s.end);
  });
  const docOf = (i: number) => docIndex[i] ?? -1;
  const ids = blocks.map((_, i) => {
    const d = docOf(i);
    return passageId(`doc-${d + 1}`, i - (spans[d]?.start ?? 0));
  });
  const discovering = !input.topics?.length;
  const features = blocks.map((b) => (discovering ? analyse(b.text) : analyseWithoutPhrases(b.text)));
  const space = buildSpace(features);

  const neighbours = getNeighbours();
  const vocab = vocabulary(neighbours);
  const views = buildViews(
    space,
    features,
    blocks.map((b) => b.text),
    neighbours,
    vocab,
  );
  const links: Link[] = [];
  const candidates = blocks.map(() => [] as { id: string; score: number }[]);
  // Three decimals, never 1: a score of 1 is a teacher's link (lib/import/confidence.ts `HAND_SET`), and
  // a probability rounded up to it would read "Linked by hand".
  const round = (x: number) => Math.min(MAX_SCORE, Math.round(x * 1000) / 1000);
  spans.forEach((a, x) => {
    for (const b of spans.slice(x + 1)) {
      const decided = decide(
        scorePairs(views, a, b, vocab.size(), options.links.weights),
        options.links.threshold,
      );
      links.push(...decided.links);
      for (const [p, list] of decided.candidates)
        candidates[p]?.push(...list.map((c) => ({ id: ids[c.other] as string, score: round(c.score) })));
    }
  });

  let topics: AlignResult["topics"];
  let tags: string[][];
  if (!discovering && input.topics) {
    topics = input.topics.map((t) => ({ id: t.id, label: t.label }));
    const headings = blocks.map((b) => b.type === "heading");
    tags = assignTopics(
      space,
      features,
      input.topics,
      links,
      spans,
      headings,
      blocks.map((b) => b.text),
      options.topics,
    );
  } else {
    const found = discoverTopics(space, features, links, docOf, options.maxTopicSize);
    topics = found.map((t) => ({ id: t.id, label: t.label }));
    tags = blocks.map(() => []);
    for (const t of found) for (const i of t.passages) tags[i]?.push(t.id);
  }

  return {
    documents: spans.map((s) => ({
      passages: blocks.slice(s.start, s.end).map((b, k) => ({
        id: ids[s.start + k] as string,
        type: b.type,
        text: b.text,
        topics: tags[s.start + k] ?? [],
        candidates: candidates[s.start + k] ?? [],
      })),
    })),
    topics,
    links: links.map((l) => ({
      source: ids[l.source] as string,
      target: ids[l.target] as string,
      score: round(l.score),
    })),
  };
}
