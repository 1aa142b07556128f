/**
 * Search matches highlighted with the CSS Custom Highlight API: ranges over the server-rendered text
 * (lib/reader/text-ranges.ts), so typing, stepping and filtering never re-render a passage. Styled by
 * `::highlight(search)` and `::highlight(search-current)` in globals.css.
 */
export const hasHighlights = () => typeof CSS !== "undefined" && "highlights" in CSS;

export function paintMatches(ranges: Range[], current: Range | undefined): void {
  if (!hasHighlights()) return;
  // From now on the highlights show the matches; the server's <mark>s were the first paint's.
  document.querySelector("[data-reader]")?.setAttribute("data-live-search", "");
  CSS.highlights.set("search", new Highlight(...ranges));
  if (current) CSS.highlights.set("search-current", new Highlight(current));
  else CSS.highlights.delete("search-current");
}
