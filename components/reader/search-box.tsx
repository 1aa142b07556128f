import { useEffect, useRef, useState } from "react";
import { matchLabel, matchSummary, stepMatch } from "@/lib/reader/match-nav";
import { type Found, findMatches, goToRange, indexOfRange } from "@/lib/reader/text-ranges";
import { READER_CHANGED } from "./reader-store";
import { paintMatches } from "./search-highlight";

export type ServerSearch = Pick<Found, "perSide" | "scope">;

interface Props {
  query: string;
  sideNouns: Readonly<Record<string, string>>;
  /** The server's count for the URL's query, shown until the page has hydrated. */
  serverCount: ServerSearch;
  onSearch: (patch: { q: string } | { side: string }) => void;
}

/** Search within both texts, highlighted as you type; Enter / Shift+Enter (or the buttons) step through matches. */
export function SearchBox({ query, sideNouns, serverCount, onSearch }: Props) {
  const [value, setValue] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const hydrated = useRef(false);
  const [found, setFound] = useState<Found>({ ranges: [], steps: [], pending: false, ...serverCount });
  const [current, setCurrent] = useState<number | null>(null);
  const at = useRef<Range>(undefined);
  useEffect(() => {
    // At hydration, keep what was typed before instead of resetting it; after, follow the URL (back,
    // forward), unless it only trimmed what is being typed.
    const typed = input.current?.value.trim() ?? query;
    if (!hydrated.current && typed !== query) onSearch({ q: typed });
    else if (hydrated.current) setValue((v) => (v.trim() === query ? v : query));
    hydrated.current = true;
  }, [query, onSearch]);

  // Counted again when what is on screen changes (the store announces each change after its paint),
  // staying on the current match while it is still shown.
  useEffect(() => {
    at.current = undefined;
    const run = () => {
      const next = findMatches(document.querySelector("[data-reader-content]") ?? document, query);
      const i = indexOfRange(next.steps, at.current);
      at.current = next.steps[i];
      setFound(next);
      setCurrent(i < 0 ? null : i);
      paintMatches(next.ranges, at.current);
    };
    run();
    window.addEventListener(READER_CHANGED, run);
    return () => window.removeEventListener(READER_CHANGED, run);
  }, [query]);

  const go = (step: 1 | -1) => {
    const next = stepMatch(current, found.steps.length, step);
    setCurrent(next);
    at.current = next === null ? undefined : found.steps[next];
    paintMatches(found.ranges, at.current);
    goToRange(at.current, (side) => onSearch({ side }));
  };
  const total = query.length >= 2 ? found.steps.length : 0;
  return (
    <search className="flex min-w-0 grow basis-full flex-wrap items-center gap-2 sm:basis-96">
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
          onSearch({ q: e.target.value.trim() });
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
        <button
          key={step}
          type="button"
          className="inline-flex min-h-9 items-center rounded-md border border-border px-2.5 font-sans text-sm disabled:opacity-50"
          onClick={() => go(step)}
          disabled={total === 0}
        >
          <span aria-hidden="true">{step < 0 ? "↑" : "↓"}</span>
          <span className="max-sm:sr-only">&nbsp;{step < 0 ? "Previous" : "Next"}</span>
          <span className="sr-only"> match</span>
        </button>
      ))}
      {/* Its room is kept while there is a query (three lines on phones), so typing moves nothing. */}
      <p
        id="reader-search-status"
        role="status"
        className={value ? "min-h-12 w-full font-sans text-xs text-muted sm:min-h-8" : "sr-only"}
      >
        {matchSummary(query, found.pending ? null : found.perSide, sideNouns, found.scope)}
        {total > 0 && " "}
        <span data-match-position>{matchLabel(current, total)}</span>
      </p>
    </search>
  );
}
