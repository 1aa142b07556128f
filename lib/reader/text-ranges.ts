import type { CueKind } from "../framing/cue-labels";
import { matchRanges } from "./analysis";
import { type CueMarks, cueNote, passageCues } from "./cue-marks";
import { nodeRanges } from "./node-ranges";

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

export interface Found {
  /** Matches on screen (hidden rows, closed threads and the other phone column left out), in page order. */
  ranges: Range[];
  /** side id → matches in that side's passages, each passage counted once (topic rows repeat some). */
  perSide: Record<string, number>;
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
