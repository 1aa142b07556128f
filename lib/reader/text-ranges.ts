import type { CueKind } from "../framing/cue-labels";
import { matchRanges } from "./analysis";
import { scrollOptions } from "./compare-dom";
import { type CueMarks, cueNote, passageCues } from "./cue-marks";
import type { SearchScope } from "./match-nav";
import { nodeRanges } from "./node-ranges";
import { countSearch, type SearchCount } from "./search-count";

/**
 * DOM Ranges over the reader's server-rendered text (`[data-text]` spans), for the browser to highlight
 * search matches and language cues without rendering a passage again (components/reader/search-box.tsx,
 * cue-layer.tsx). DOM only, no framework: tested in jsdom.
 */

/** Ranges over an element's text for offsets into it; `find` gets the text the offsets count in. */
export function rangesIn(el: Element, find: (text: string) => readonly { start: number; end: number }[]) {
  const nodes: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  // Cue names for screen readers ("[hedge] ") are not the text.
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest(".sr-only")) nodes.push(n as Text);
  const parts = nodes.map((n) => n.data);
  if (nodes.length === 0) return [];
  return nodeRanges(parts, find(parts.join(""))).map((r) => {
    const range = el.ownerDocument.createRange();
    range.setStart(nodes[r.startNode] as Text, r.startOffset);
    range.setEnd(nodes[r.endNode] as Text, r.endOffset);
    return range;
  });
}

export interface Found extends SearchCount<Range> {
  /** Every copy of every match on screen, highlighted (a passage in two topic rows shows in both). */
  ranges: Range[];
  /** Rows on screen still show their overview: their passages are on their way from the server. */
  pending: boolean;
  /** What the count covers, as the filter's status line says (components/reader/filter-style.tsx). */
  scope: SearchScope;
}

/** Visible, or hidden only because a phone shows another side's column (a step there switches it). */
function shown(el: Element): boolean {
  if (el.checkVisibility()) return true;
  const column = el.closest("[data-side-column]");
  if (!column?.parentElement?.checkVisibility()) return false;
  const view = el.ownerDocument.defaultView;
  for (let n: Element | null = el; n && n !== column; n = n.parentElement)
    if (view?.getComputedStyle(n).display === "none") return false;
  return true;
}

/** The search's matches in the page, counted as lib/reader/search-count.ts says. */
export function findMatches(root: ParentNode, query: string): Found {
  const scope = (root.querySelector("[data-search-scope]")?.getAttribute("data-search-scope") ??
    "all") as SearchScope;
  if (query.length < 2) return { ranges: [], steps: [], perSide: {}, pending: false, scope };
  const places = [...root.querySelectorAll("[data-text]")].map((el) => {
    const matches = rangesIn(el, (text) => matchRanges(text, query));
    return {
      passage: el.closest("[data-passage]")?.getAttribute("data-passage") ?? "",
      side: el.closest("[data-side]")?.getAttribute("data-side") ?? "",
      shown: matches.length > 0 && shown(el),
      matches,
    };
  });
  return {
    ...countSearch(places),
    ranges: places.flatMap((p) => (p.shown ? p.matches : [])),
    pending: [...root.querySelectorAll("[data-overview]")].some((row) => row.checkVisibility()),
    scope,
  };
}

/** The side whose column a phone hides and this range is in, if any: show it before going there. */
export function hiddenColumn(range: Range): string | null {
  const el = range.startContainer.parentElement;
  if (!el || el.checkVisibility()) return null;
  return el.closest("[data-side-column]")?.getAttribute("data-side-column") ?? null;
}

/** Scrolls to a match, first showing its side where a phone's full text shows the other one. */
export function goToRange(range: Range | undefined, showSide: (side: string) => void): void {
  const side = range && hiddenColumn(range);
  if (side) showSide(side);
  const el = range?.startContainer.parentElement;
  requestAnimationFrame(() => el?.scrollIntoView(scrollOptions("center")));
}

/** Where `range` starts among `ranges` (fresh Range objects over the same text nodes), or -1. */
export const indexOfRange = (ranges: readonly Range[], range: Range | undefined): number =>
  range
    ? ranges.findIndex(
        (r) => r.startContainer === range.startContainer && r.startOffset === range.startOffset,
      )
    : -1;

/** Each passage's cues as ranges by kind, and the note a screen reader hears after each passage's text. */
export function cueRanges(root: ParentNode, marks: CueMarks) {
  const byKind = new Map<CueKind, Range[]>();
  const notes: { after: Element; text: string }[] = [];
  for (const el of root.querySelectorAll("[data-text]")) {
    const cues = passageCues(marks, el.closest("[data-passage]")?.getAttribute("data-passage") ?? "");
    if (cues.length === 0) continue;
    let text = "";
    const ranges = rangesIn(el, (t) => {
      text = t;
      return cues;
    });
    for (const [i, range] of ranges.entries()) {
      const kind = cues[i]?.kind as CueKind;
      byKind.set(kind, [...(byKind.get(kind) ?? []), range]);
    }
    notes.push({ after: el, text: ` (${cueNote(text, cues)})` });
  }
  return { byKind, notes };
}
