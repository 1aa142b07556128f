/** The class's tags beside the editorial annotation (topics and framing lens). Framework-free. */

import type { FrameId } from "../corpus/frames";
import type { Comparison } from "../corpus/schema";
import { COMMENTS_SOURCE } from "../corpus/sides";
import { frameOfLabel } from "./labels";

export interface TopicCoverage {
  topic: string;
  label: string;
  /** Passages the editors tagged with the topic. */
  editorPassages: number;
  /** Of those, how many at least one student tagged with any label. */
  classTagged: number;
  /** Responses on those passages. */
  responses: number;
}

export interface FrameComparison {
  topic: string;
  /** A top-level document id, or "comments". */
  side: string;
  /** Frame dimensions the framing lens gives for this topic and side. */
  lensFrames: FrameId[];
  /** The topic's passages on this side (editorial topic tags). */
  passages: number;
  /** Frame-label responses on those passages, per dimension (only dimensions used appear). */
  classFrames: Partial<Record<FrameId, number>>;
  classFrameTags: number;
  /** Of classFrameTags, how many name a dimension in lensFrames. */
  inLens: number;
}

/**
 * How the class's tags sit beside the editorial annotation. Descriptive counts, not a score: editorial
 * tags are one reading, and a passage the class tagged differently is a discussion point, not an error.
 * - topics: per topic, how many of the passages the editors gave that topic the class tagged at all.
 * - untaggedByEditors: passages with no editorial topic that the class tagged anyway.
 * - frames: per topic and side with a framing-lens entry, the class's frame labels on that topic's
 *   passages on that side, and how many name a dimension the lens gives there. A passage with several
 *   topics counts toward each. Empty for comparisons without a framing lens.
 */
export interface Agreement {
  /** The comparison has an editorial framing lens (the seed); an import's topics are its importer's. */
  framingLens: boolean;
  topics: TopicCoverage[];
  untaggedByEditors: number;
  frames: FrameComparison[];
}

type Tag = { passageId: string; label: string };

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

export function compareWithEditors(
  responses: readonly Tag[],
  comparison: Pick<Comparison, "topics" | "documents" | "framing">,
): Agreement {
  const perPassage = countBy(responses, (r) => r.passageId);
  const passages = comparison.documents.flatMap((d) =>
    d.passages.map((p) => ({
      id: p.id,
      topics: p.topics,
      side: d.kind === "comment" ? COMMENTS_SOURCE : d.id,
    })),
  );
  const topics = comparison.topics.map((t) => {
    const mine = passages.filter((p) => p.topics.includes(t.id));
    return {
      topic: t.id,
      label: t.label,
      editorPassages: mine.length,
      classTagged: mine.filter((p) => perPassage.has(p.id)).length,
      responses: mine.reduce((n, p) => n + (perPassage.get(p.id) ?? 0), 0),
    };
  });
  const untaggedByEditors = passages.filter((p) => p.topics.length === 0 && perPassage.has(p.id)).length;

  const frameTags = new Map<string, FrameId[]>();
  for (const r of responses) {
    const frame = frameOfLabel(r.label);
    if (frame) frameTags.set(r.passageId, [...(frameTags.get(r.passageId) ?? []), frame]);
  }
  const frames: FrameComparison[] = [];
  for (const [topic, compare] of Object.entries(comparison.framing?.compare ?? {})) {
    for (const entry of compare.framing) {
      const lensFrames = entry.frames.map((f) => f.dimension);
      const mine = passages.filter((p) => p.side === entry.source && p.topics.includes(topic));
      const tags = mine.flatMap((p) => frameTags.get(p.id) ?? []);
      const classFrames: Partial<Record<FrameId, number>> = {};
      for (const f of tags) classFrames[f] = (classFrames[f] ?? 0) + 1;
      frames.push({
        topic,
        side: entry.source,
        lensFrames,
        passages: mine.length,
        classFrames,
        classFrameTags: tags.length,
        inLens: tags.filter((f) => lensFrames.includes(f)).length,
      });
    }
  }
  return { framingLens: Boolean(comparison.framing), topics, untaggedByEditors, frames };
}
