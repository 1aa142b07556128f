import { CUE_INFO, CUE_KINDS, type CueKind } from "../framing/cue-labels";
import type { CueReport } from "../framing/cue-report";

/**
 * The language cues as the browser paints them (components/reader/cue-layer.tsx): the same report that
 * renders the server's marks, so both always agree, in a compact form fetched when the reader is idle.
 * Each passage's cues are one flat list of numbers: kind (an index into CUE_KINDS), start, end.
 */
export interface CueMarks {
  passages: Record<string, number[]>;
  /** For the legend and the chart (components/framing/cue-panel.tsx). */
  rates: CueReport["rates"];
  sources: CueReport["sources"];
}

export interface CueRange {
  kind: CueKind;
  start: number;
  end: number;
}

export function compactCues(report: CueReport): CueMarks {
  const passages: Record<string, number[]> = {};
  for (const [id, cues] of Object.entries(report.passages))
    if (cues.length > 0) passages[id] = cues.flatMap((c) => [CUE_KINDS.indexOf(c.kind), c.start, c.end]);
  return { passages, rates: report.rates, sources: report.sources };
}

export function passageCues(marks: CueMarks, passageId: string): CueRange[] {
  const flat = marks.passages[passageId] ?? [];
  const cues: CueRange[] = [];
  for (let i = 0; i + 2 < flat.length; i += 3) {
    const kind = CUE_KINDS[flat[i] as number];
    if (kind) cues.push({ kind, start: flat[i + 1] as number, end: flat[i + 2] as number });
  }
  return cues;
}

/**
 * What a screen reader hears after a passage whose cues the browser paints (highlights have no text):
 * "Language cues: hedging “probably”; loaded “thug”, “regime”."
 */
export function cueNote(text: string, cues: readonly CueRange[]): string {
  if (cues.length === 0) return "";
  const byKind = new Map<CueKind, string[]>();
  for (const c of cues)
    byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), `“${text.slice(c.start, c.end)}”`]);
  const parts = [...byKind].map(
    ([kind, words]) => `${CUE_INFO[kind].label.toLowerCase()} ${words.join(", ")}`,
  );
  return `Language cues: ${parts.join("; ")}.`;
}
