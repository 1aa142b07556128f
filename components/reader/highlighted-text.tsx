import { splitMatches } from "@/lib/reader/analysis";

/** Text with search matches wrapped in <mark>; plain text when there is no query. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  if (!query) return text;
  return splitMatches(text, query).map((segment, i) =>
    segment.match ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder
      <mark key={i} className="rounded-sm bg-mark text-fg">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
