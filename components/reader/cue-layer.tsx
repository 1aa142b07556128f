"use client";

import { useEffect, useReducer } from "react";
import type { CueReport } from "@/lib/framing/cue-report";
import type { CueMarks } from "@/lib/reader/cue-marks";
import { SERVER_MARKS_OFF } from "@/lib/reader/filter-css";
import { cueRanges } from "@/lib/reader/text-ranges";
import { CuePanel } from "../framing/cue-panel";
import { type ReaderIds, useReaderState } from "./reader-store";
import { hasHighlights } from "./search-highlight";

const marksBySlug = new Map<string, CueMarks | null>();
const loads = new Map<string, Promise<unknown>>();

/** Fetched once per page, when the reader is idle or as the cue switch is hovered or focused. */
export function prefetchCues(slug: string): Promise<unknown> {
  let load = loads.get(slug);
  if (!load) {
    load = fetch(`/api/comparisons/${slug}/cues?format=marks`)
      .then((r) => (r.ok ? (r.json() as Promise<CueMarks>) : null))
      .catch(() => null)
      .then((marks) => marksBySlug.set(slug, marks));
    loads.set(slug, load);
  }
  return load;
}

/** Paints each passage's cues as `::highlight(cue-*)` over the server-rendered text, with a note for screen readers. */
function paint(root: Element, marks: CueMarks): () => void {
  const { byKind, notes } = cueRanges(root, marks);
  for (const [kind, ranges] of byKind) {
    const highlight = new Highlight(...ranges);
    highlight.priority = -1; // under the search's
    CSS.highlights.set(`cue-${kind}`, highlight);
  }
  const spans = notes.map(({ after, text }) => {
    const note = Object.assign(document.createElement("span"), { className: "sr-only", textContent: text });
    after.after(note);
    return note;
  });
  return () => {
    for (const kind of byKind.keys()) CSS.highlights.delete(`cue-${kind}`);
    for (const note of spans) note.remove();
  };
}

/**
 * Language cues switched on in the page: the marks are painted from data fetched ahead, with no render
 * of the texts and no request, and the legend and chart shown. A link or reload with `cues=1` gets the
 * server's marks (`report` then holds the chart's figures).
 */
export function CueLayer({
  report,
  ...ids
}: ReaderIds & { report: Pick<CueReport, "rates" | "sources"> | null }) {
  const [state] = useReaderState(ids, ["cues", "view"]);
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const { slug, initial } = ids;
  const browser = state.cues && !initial.cues;
  const marks = marksBySlug.get(slug);
  useEffect(() => {
    if (browser && marks === undefined) prefetchCues(slug).then(loaded);
    else if (!initial.cues && "requestIdleCallback" in window) {
      const idle = requestIdleCallback(() => prefetchCues(slug), { timeout: 5000 });
      return () => cancelIdleCallback(idle);
    }
  }, [browser, marks, slug, initial.cues]);
  // Filters and disclosures only hide text; a server render (a new `initial`) is new text to paint over.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    const root = document.querySelector("[data-reader-content]");
    if (browser && marks && root && hasHighlights()) return paint(root, marks);
  }, [browser, marks, initial]);
  if (initial.cues && !state.cues) return <style>{SERVER_MARKS_OFF}</style>;
  if (!state.cues || state.view === "timeline") return null;
  if (browser && marks === undefined)
    return <p className="font-sans text-sm text-muted">Loading the language cues…</p>;
  return <CuePanel report={browser ? (marks ?? null) : report} />;
}
