import { sourceOf } from "../corpus/annotations";
import type { SourceDocument } from "../corpus/schema";
import { CUE_KINDS, type Cue, type CueKind, countWords, detectCues } from "./cues";
import type { Lexicon } from "./lexicon";

export interface SourceRates {
  source: string;
  label: string;
  words: number;
  counts: Record<CueKind, number>;
  /** Cues per 1,000 words, one decimal. */
  perThousand: Record<CueKind, number>;
}

export interface CueReport {
  /** Where each word list comes from (shown in the legend). */
  sources: Record<string, string>;
  /** passage id → its cues, in text order. */
  passages: Record<string, Cue[]>;
  rates: SourceRates[];
}

const SOURCE_LABELS: Record<string, string> = {
  news: "News report",
  opinion: "Opinion piece",
  comments: "Reader comments",
};

const zeros = () => Object.fromEntries(CUE_KINDS.map((k) => [k, 0])) as Record<CueKind, number>;

/** Language cues for every passage, and their rates per source: the news report, the opinion piece, the comments. */
export function buildCueReport(documents: SourceDocument[], lexicon: Lexicon): CueReport {
  const passages: Record<string, Cue[]> = {};
  const bySource = new Map<string, { label: string; words: number; counts: Record<CueKind, number> }>();
  for (const doc of documents) {
    const source = sourceOf(doc);
    const entry = bySource.get(source) ?? {
      label: SOURCE_LABELS[source] ?? doc.title,
      words: 0,
      counts: zeros(),
    };
    for (const p of doc.passages) {
      const cues = detectCues(p.text, lexicon);
      passages[p.id] = cues;
      entry.words += countWords(p.text);
      for (const c of cues) entry.counts[c.kind] += 1;
    }
    bySource.set(source, entry);
  }
  const rates = [...bySource].map(([source, { label, words, counts }]) => ({
    source,
    label,
    words,
    counts,
    perThousand: Object.fromEntries(
      CUE_KINDS.map((k) => [k, words > 0 ? Math.round((counts[k] / words) * 10_000) / 10 : 0]),
    ) as Record<CueKind, number>,
  }));
  return { sources: lexicon.sources, passages, rates };
}
