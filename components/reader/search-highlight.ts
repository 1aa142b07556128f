import { nodeMatches } from "@/lib/reader/node-matches";

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

export function findMatches(root: ParentNode, query: string): Found {
  const found: Found = { ranges: [], perSide: {} };
  if (query.length < 2) return found;
  const counted = new Set<string>();
  for (const el of root.querySelectorAll("[data-text]")) {
    const nodes = textNodes(el);
    const matches = nodeMatches(
      nodes.map((n) => n.data),
      query,
    );
    if (matches.length === 0) continue;
    const id = el.closest("[data-passage]")?.getAttribute("data-passage") ?? "";
    if (!counted.has(id)) {
      counted.add(id);
      const side = el.closest("[data-side]")?.getAttribute("data-side") ?? "";
      found.perSide[side] = (found.perSide[side] ?? 0) + matches.length;
    }
    if (!el.checkVisibility()) continue;
    for (const m of matches) {
      const [start, end] = [nodes[m.startNode], nodes[m.endNode]];
      if (!start || !end) continue;
      const range = new Range();
      range.setStart(start, m.startOffset);
      range.setEnd(end, m.endOffset);
      found.ranges.push(range);
    }
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
