/** The next search match to show: wraps around both ends; the first step from none goes to an end. */
export function stepMatch(current: number | null, total: number, step: 1 | -1): number | null {
  if (total <= 0) return null;
  if (current === null || current >= total) return step === 1 ? 0 : total - 1;
  return (current + step + total) % total;
}

/** "Match 3 of 12" (1-based), once the reader has moved to one. */
export function matchLabel(current: number | null, total: number): string {
  return current === null || total === 0 ? "" : `Match ${current + 1} of ${total}`;
}

/** What the search counts in: every passage, the passages a filter leaves, or none (the timeline). */
export type SearchScope = "all" | "shown" | "none";

/**
 * "3 matches: 1 in the news report, 2 in the opinion piece and its comments." Each match once
 * (lib/reader/search-count.ts); "in the passages shown" when a filter narrows the page. The query is in
 * the box above: left out, the line keeps to the room the toolbar keeps for it.
 */
export function matchSummary(
  query: string,
  /** null while the page waits for the passages of rows it showed as an overview */
  perSide: Readonly<Record<string, number>> | null,
  sideNouns: Readonly<Record<string, string>>,
  scope: SearchScope = "all",
): string {
  if (query.length < 2) return query ? "Type at least two characters." : "";
  if (scope === "none") return "Search marks the texts in the By topic and Full text views.";
  if (perSide === null) return "Searching the passages…";
  const parts = Object.entries(sideNouns).map(([id, noun]) => ({ n: perSide[id] ?? 0, noun }));
  const total = parts.reduce((sum, p) => sum + p.n, 0);
  const list = parts.map((p) => `${p.n} in the ${p.noun}`).join(", ");
  const where = scope === "shown" ? " in the passages shown" : "";
  return `${total} match${total === 1 ? "" : "es"}${where}: ${list}.`;
}

/** The search's scope for a reader state: the toolbar's and the server's count agree on it. */
export function searchScope(view: string, filtering: boolean, onlyHere: boolean): SearchScope {
  if (view === "timeline") return "none";
  return filtering || (view === "full" && onlyHere) ? "shown" : "all";
}
