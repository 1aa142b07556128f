import { type LocatedPassage, matchRanges } from "./analysis";
import type { View } from "./url-state";

/**
 * One unit for search: a match in the text. A passage shown in several topic rows is one place in the
 * text, so its matches count once, and next/previous visit each at its first shown copy. The summary,
 * the live announcement and "Match k of n" all count these. The browser counts the page it shows
 * (lib/reader/text-ranges.ts), the server the same passages from the URL's state, with this function.
 */

/** One rendered copy of a passage's text and its matches (DOM ranges in the browser), in page order. */
export interface MatchPlace<R> {
  passage: string;
  side: string;
  /** The reader can see it (or a phone's side switch would show it). */
  shown: boolean;
  matches: readonly R[];
}

export interface SearchCount<R> {
  /** side id → matches, each once. */
  perSide: Record<string, number>;
  /** Each match once, at its first shown copy: what next/previous step through. */
  steps: R[];
}

export function countSearch<R>(places: Iterable<MatchPlace<R>>): SearchCount<R> {
  const seen = new Set<string>();
  const count: SearchCount<R> = { perSide: {}, steps: [] };
  for (const { passage, side, shown, matches } of places) {
    if (!shown || matches.length === 0 || seen.has(passage)) continue;
    seen.add(passage);
    count.perSide[side] = (count.perSide[side] ?? 0) + matches.length;
    count.steps.push(...matches);
  }
  return count;
}

export interface ShownFilter {
  view: View;
  /** The topics the filter leaves on screen (`visibleTopics`). */
  visible: readonly string[];
  /** Whether the filter hides any topic (passages with no topic are hidden then). */
  filtering: boolean;
  /** Full text, "only here": passages with no counterpart only. */
  onlyHere: boolean;
}

/**
 * Whether the reader's stylesheet (lib/reader/filter-css.ts) leaves a passage on screen: the server's
 * side of the count. The topic view shows passages in their topics' rows; the timeline shows none.
 */
export function passageShown(topics: readonly string[], onlyHere: boolean, f: ShownFilter): boolean {
  const inVisible = topics.some((t) => f.visible.includes(t));
  if (f.view === "topics") return inVisible;
  if (f.view === "timeline") return false;
  return (!f.filtering || inVisible) && (!f.onlyHere || onlyHere);
}

/** The server's count for the URL's state: the passages its stylesheet leaves on screen, each match once. */
export function countInText(
  located: readonly LocatedPassage[],
  query: string,
  onlyHereIds: ReadonlySet<string>,
  filter: ShownFilter,
): Record<string, number> {
  const places = located.map(({ passage, side }) => ({
    passage: passage.id,
    side: side.id,
    shown: passageShown(passage.topics, onlyHereIds.has(passage.id), filter),
    matches: matchRanges(passage.text, query),
  }));
  return countSearch(places).perSide;
}
