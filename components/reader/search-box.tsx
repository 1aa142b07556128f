import { useEffect, useRef, useState } from "react";
import { matchLabel } from "@/lib/reader/match-nav";
import { useMatchNav } from "./use-match-nav";

interface Props {
  query: string;
  /** "12 matches: 5 in the news report, 7 in the opinion piece and comments" */
  summary: string;
  onSearch: (query: string) => void;
}

const STEP =
  "inline-flex min-h-9 items-center rounded-md border border-border px-2.5 font-sans text-sm disabled:opacity-50";

/** Search within both texts; the URL follows the input after a short pause. Enter / Shift+Enter step through matches. */
export function SearchBox({ query, summary, onSearch }: Props) {
  const [value, setValue] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const hydrated = useRef(false);
  const nav = useMatchNav(query);
  /** A step asked for before the typed query was applied: taken once its matches are on the page. */
  const [pending, setPending] = useState<1 | -1 | null>(null);
  useEffect(() => {
    if (!hydrated.current) {
      // Keep what was typed before hydration instead of resetting it.
      hydrated.current = true;
      const typed = input.current?.value ?? query;
      setValue(typed);
      return;
    }
    // The URL changed (back/forward): follow it, unless it only trimmed what is being typed.
    setValue((v) => (v.trim() === query ? v : query));
  }, [query]);
  useEffect(() => {
    if (value.trim() === query) return;
    const timer = setTimeout(() => onSearch(value.trim()), 200);
    return () => clearTimeout(timer);
  }, [value, query, onSearch]);
  const { go } = nav;
  useEffect(() => {
    if (pending === null || value.trim() !== query) return;
    setPending(null);
    go(pending);
  }, [pending, value, query, go]);

  const step = (s: 1 | -1) => {
    if (value.trim() !== query) {
      onSearch(value.trim());
      setPending(s);
    } else go(s);
  };
  const none = nav.total === 0;
  return (
    <search className="flex min-w-0 flex-1 basis-full flex-wrap items-center gap-2 sm:basis-auto">
      <label htmlFor="reader-search" className="font-sans text-sm font-semibold max-sm:w-full">
        Search both texts
      </label>
      <input
        ref={input}
        id="reader-search"
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== "Enter") return;
          e.preventDefault();
          step(e.shiftKey ? -1 : 1);
        }}
        maxLength={200}
        placeholder="A word or a name"
        aria-describedby="reader-search-status"
        className="min-w-0 flex-1 rounded-md border border-border bg-surface px-3 py-1.5 font-sans text-sm placeholder:text-muted"
      />
      <button type="button" className={STEP} onClick={() => step(-1)} disabled={none}>
        <span aria-hidden="true">↑</span>
        <span className="max-sm:sr-only">&nbsp;Previous</span>
        <span className="sr-only"> match</span>
      </button>
      <button type="button" className={STEP} onClick={() => step(1)} disabled={none}>
        <span aria-hidden="true">↓</span>
        <span className="max-sm:sr-only">&nbsp;Next</span>
        <span className="sr-only"> match</span>
      </button>
      <p id="reader-search-status" role="status" className="w-full font-sans text-xs text-muted">
        {summary}
        {summary && nav.total > 0 && " "}
        <span data-match-position>{query.length >= 2 ? matchLabel(nav.current, nav.total) : ""}</span>
      </p>
    </search>
  );
}
