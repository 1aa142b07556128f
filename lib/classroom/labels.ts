/** The label set students tag passages with. */

import { FRAME_LABELS, FRAMES, type FrameId } from "../corpus/frames";
import type { Comparison } from "../corpus/schema";
import type { ActivityLabel } from "../db/class-schema";

/** Stored with the activity (lib/db owns the stored shape; lib/db must not import lib/classroom). */
export type { ActivityLabel } from "../db/class-schema";

const FRAME_PREFIX = "frame-";

const BASE_LABELS: readonly ActivityLabel[] = [
  {
    id: "fact",
    label: "Fact",
    description: "States something that could be checked and is presented as so.",
  },
  {
    id: "opinion",
    label: "Opinion",
    description: "Gives a view, judgement or prediction of the writer or a source.",
  },
  {
    id: "claim-to-check",
    label: "Claim to check",
    description: "Makes a claim worth tracing to its original source before trusting it.",
  },
];

/** Frame dimensions the comparison's framing lens uses on any topic, in the Media Frames Corpus order. */
export function framesUsed(comparison: Pick<Comparison, "framing">): FrameId[] {
  const used = new Set<string>();
  for (const topic of Object.values(comparison.framing?.compare ?? {})) {
    for (const entry of topic.framing) for (const frame of entry.frames) used.add(frame.dimension);
  }
  return FRAMES.map(([id]) => id).filter((id) => used.has(id));
}

export function frameLabelId(dimension: FrameId): string {
  return `${FRAME_PREFIX}${dimension}`;
}

/** The frame dimension a label stands for ("frame-political" → "political"), or null for other labels. */
export function frameOfLabel(labelId: string): FrameId | null {
  if (!labelId.startsWith(FRAME_PREFIX)) return null;
  const id = labelId.slice(FRAME_PREFIX.length);
  return Object.hasOwn(FRAME_LABELS, id) ? (id as FrameId) : null;
}

/**
 * Fact, Opinion, Claim to check, then one `frame-<dimension>` label per frame dimension the framing lens
 * uses (none for an imported comparison without framing). Teachers may edit the set before starting.
 */
export function defaultLabels(comparison: Pick<Comparison, "framing">): ActivityLabel[] {
  const frames = framesUsed(comparison).map((dimension) => ({
    id: frameLabelId(dimension),
    label: `Frame: ${FRAME_LABELS[dimension]}`,
    description: `Presents the events in terms of ${FRAME_LABELS[dimension].toLowerCase()} (Media Frames Corpus).`,
  }));
  return [...BASE_LABELS.map((l) => ({ ...l })), ...frames];
}
