import { matchRanges } from "@/lib/reader/analysis";
import { nodeRanges } from "@/lib/reader/node-ranges";

/**
 * Search matches highlighted with the CSS Custom Highlight API: ranges over the server-rendered text,
 * so typing, stepping and filtering never re-render a passage. Styled by `::highlight(search)` and
 * `::highlight(search-current)` in globals.css.
 */
export interface Found {
  /** Matches on screen (hidden rows, closed threads and the other phone column left out), in page order. */
  ranges: Range[];
  /** side id → matches in that side's passages, each passage counted once (topic rows repeat some). */
  perSide: Record<string, number>;
}

export const hasHighlights = () => typeof CSS !== "undefined" && "highlights" in CSS;

export function textNodes(el: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    // Cue names for screen readers ("[hedge] ") are not the text.
    if (!n.parentElement?.closest(".sr-only")) nodes.push(n as Text);
  }
  return nodes;
}

/** DOM Ranges over an element's text for offsets into it (`find` gets the text the offsets count in). */
export function rangesIn(
  el: Element,
  find: (text: string) => readonly { start: number; end: number }[],
): Range[] {
  const nodes = textNodes(el);
  const parts = nodes.map((n) => n.data);
  if (nodes.length === 0) return [];
  return nodeRanges(parts, find(parts.join(""))).map((r) => {
    const range = new Range();
    range.setStart(nodes[r.startNode] as Text, r.startOffset);
    range.setEnd(nodes[r.endNode] as Text, r.endOffset);
    return range;
  });
}

export function findMatches(root: ParentNode, query: string): Found {
  const found: Found = { ranges: [], perSide: {} };
  if (query.length < 2) return found;
  const counted = new Set<string>();
  for (const el of root.querySelectorAll("[data-text]")) {
    const ranges = rangesIn(el, (text) => matchRanges(text, query));
    if (ranges.length === 0) continue;
    const id = el.closest("[data-passage]")?.getAttribute("data-passage") ?? "";
    if (!counted.has(id)) {
      counted.add(id);
      const side = el.closest("[data-side]")?.getAttribute("data-side") ?? "";
      found.perSide[side] = (found.perSide[side] ?? 0) + ranges.length;
    }
    if (el.checkVisibility()) found.ranges.push(...ranges);
  }
  return found;
}

export function paintMatches(ranges: Range[], current: Range | undefined): void {
  if (!hasHighlights()) return;
  // From now on the highlights show the matches; the server's <mark>s were the first paint's.
  document.querySelector("[data-reader]")?.setAttribute("data-live-search", "");
  CSS.highlights.set("search", new Highlight(...ranges));
  if (current) CSS.highlights.set("search-current", new Highlight(current));
  else CSS.highlights.delete("search-current");
}

const prefersReducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

export function scrollToRange(range: Range): void {
  range.startContainer.parentElement?.scrollIntoView({
    block: "center",
    behavior: prefersReducedMotion() ? "auto" : "smooth",
  });
}
