import { useEffect, useRef, useState } from "react";

interface Props {
  query: string;
  /** "12 matches: 5 in the news report, 7 in the opinion piece and comments" */
  summary: string;
  onSearch: (query: string) => void;
}

/** Search within both texts; the URL follows the input after a short pause. */
export function SearchBox({ query, summary, onSearch }: Props) {
  const [value, setValue] = useState(query);
  const input = useRef<HTMLInputElement>(null);
  const hydrated = useRef(false);
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

  return (
    <search className="flex min-w-0 flex-1 basis-full flex-wrap items-center gap-2 sm:basis-auto">
      <label htmlFor="reader-search" className="font-sans text-sm font-semibold">
        Search both texts
      </label>
      <input
        ref={input}
        id="reader-search"
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        maxLength={200}
        placeholder="A word or a name"
        className="min-w-0 flex-1 rounded-md border border-border bg-surface px-3 py-1.5 font-sans text-sm placeholder:text-muted"
      />
      <p role="status" className="w-full font-sans text-xs text-muted">
        {summary}
      </p>
    </search>
  );
}
