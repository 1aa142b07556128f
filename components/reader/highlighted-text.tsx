import type { Cue } from "@/lib/framing/cue-labels";
import { CUE_INFO } from "@/lib/framing/cue-labels";
import { matchRanges, type Range, segmentText } from "@/lib/reader/analysis";

interface Props {
  text: string;
  query: string;
  /** Language cues to mark, when the cues toggle is on. */
  cues?: readonly Cue[];
}

/**
 * Text with search matches in <mark> and language cues as styled spans. Each cue also carries its
 * name for screen readers ("hedge: could"), so the marks never rely on colour or underline alone.
 */
export function HighlightedText({ text, query, cues }: Props) {
  // `data-text`: where the browser's search looks (components/reader/search-highlight.ts).
  return <span data-text>{marked(text, query, cues)}</span>;
}

function marked(text: string, query: string, cues: readonly Cue[] | undefined) {
  if (!query && !cues?.length) return text;
  const matches = matchRanges(text, query);
  const ranges: Range[] = [
    ...matches,
    ...(cues ?? []).map((c) => ({ start: c.start, end: c.end, key: `cue-${c.kind}` })),
  ];
  const starts = new Set((cues ?? []).map((c) => c.start));
  // One `data-match` per match (a cue boundary may split it into several marks): next/previous counts these.
  const matchStarts = new Set(matches.map((m) => m.start));
  let at = 0;
  return segmentText(text, ranges).map((segment) => {
    const start = at;
    at += segment.text.length;
    const cueKeys = segment.keys.filter((k) => k.startsWith("cue-"));
    const names = cueKeys.map((k) => CUE_INFO[k.slice(4) as Cue["kind"]]?.label.toLowerCase()).join(", ");
    let node: React.ReactNode = segment.text;
    if (segment.keys.includes("match"))
      node = (
        <mark data-match={matchStarts.has(start) ? "" : undefined} className="rounded-sm bg-mark text-fg">
          {node}
        </mark>
      );
    if (cueKeys.length > 0) {
      node = (
        <span className={cueKeys.join(" ")}>
          {starts.has(start) && <span className="sr-only">[{names}] </span>}
          {node}
        </span>
      );
    }
    return <span key={start}>{node}</span>;
  });
}
