import { useEffect, useRef, useState } from "react";
import { matchLabel, matchSummary, stepMatch } from "@/lib/reader/match-nav";
import { READER_CHANGED } from "./reader-store";
import { type Found, findMatches, paintMatches, scrollToRange } from "./search-highlight";

interface Props {
  query: string;
  sideNouns: Readonly<Record<string, string>>;
  /** The server's count for the URL's query, shown until the page has hydrated. */
  serverCounts: Readonly<Record<string, number>>;
  onSearch: (query: string) => void;
}

const STEP =
  "inline-flex min-h-9 items-center rounded-md border border-border px-2.5 font-sans text-sm disabled:opacity-50";

/** Search within both texts, highlighted as you type; Enter / Shift+Enter (or the buttons) step through matches. */
export function SearchBox({ query, sideNouns, serverCounts, onSearch }: Props) {
  const [value, setValue] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const hydrated = useRef(false);
  const [found, setFound] = useState<Found>({ ranges: [], perSide: { ...serverCounts } });
  const [current, setCurrent] = useState<number | null>(null);
  useEffect(() => {
    if (!hydrated.current) {
      // Keep what was typed before hydration instead of resetting it.
      hydrated.current = true;
      const typed = input.current?.value.trim() ?? query;
      if (typed !== query) onSearch(typed);
      return;
    }
    // The URL changed (back/forward): follow it, unless it only trimmed what is being typed.
    setValue((v) => (v.trim() === query ? v : query));
  }, [query, onSearch]);

  // Counted again when what is on screen changes (the store announces each change after its paint).
  useEffect(() => {
    const root = document.querySelector("[data-reader-content]");
    const run = () => {
      const next = root ? findMatches(root, query) : { ranges: [], perSide: {} };
      setFound(next);
      setCurrent(null);
      paintMatches(next.ranges, undefined);
    };
    run();
    window.addEventListener(READER_CHANGED, run);
    return () => window.removeEventListener(READER_CHANGED, run);
  }, [query]);

  const go = (step: 1 | -1) => {
    const next = stepMatch(current, found.ranges.length, step);
    setCurrent(next);
    const range = next === null ? undefined : found.ranges[next];
    paintMatches(found.ranges, range);
    if (range) scrollToRange(range);
  };
  const none = found.ranges.length === 0;
  return (
    <search className="flex min-w-0 flex-1 basis-full flex-wrap items-center gap-2 sm:basis-auto">
      <label htmlFor="reader-search" className="font-sans text-sm font-semibold max-sm:sr-only">
        Search both texts
      </label>
      <input
        ref={input}
        id="reader-search"
        type="search"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          onSearch(e.target.value.trim());
        }}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          go(e.shiftKey ? -1 : 1);
        }}
        maxLength={200}
        placeholder="Search both texts"
        aria-describedby="reader-search-status"
        className="min-w-0 flex-1 rounded-md border border-border bg-surface px-3 py-1.5 font-sans text-sm placeholder:text-muted"
      />
      {([-1, 1] as const).map((step) => (
        <button key={step} type="button" className={STEP} onClick={() => go(step)} disabled={none}>
          <span aria-hidden="true">{step < 0 ? "↑" : "↓"}</span>
          <span className="max-sm:sr-only">&nbsp;{step < 0 ? "Previous" : "Next"}</span>
          <span className="sr-only"> match</span>
        </button>
      ))}
      <p id="reader-search-status" role="status" className="w-full font-sans text-xs text-muted">
        {matchSummary(query, found.perSide, sideNouns)}
        {query.length >= 2 && found.ranges.length > 0 && " "}
        <span data-match-position>{query.length >= 2 ? matchLabel(current, found.ranges.length) : ""}</span>
      </p>
    </search>
  );
}
