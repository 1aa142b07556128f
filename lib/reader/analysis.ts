import type { Comparison, Passage } from "../corpus/schema";
import { type Side, sidesOf } from "../corpus/sides";

/** What the reader derives from a comparison. */

export interface LocatedPassage {
  passage: Passage;
  side: Side;
  /** The document the passage belongs to (the side's main text or one of its comments). */
  documentId: string;
  commentNumber: number | null;
}

export function locatePassages(comparison: Pick<Comparison, "documents">): LocatedPassage[] {
  return sidesOf(comparison).flatMap((side) =>
    [side.main, ...side.replies].flatMap((doc) =>
      doc.passages.map((passage) => ({ passage, side, documentId: doc.id, commentNumber: doc.number })),
    ),
  );
}

export interface TopicCount {
  /** side id → passages on the topic in that side's main text */
  main: Record<string, number>;
  /** side id → passages on the topic in that side's comments */
  replies: Record<string, number>;
  /** Every side has at least one passage (text or comments) on the topic. */
  everySide: boolean;
}

export function countByTopic(comparison: Pick<Comparison, "documents" | "topics">): Map<string, TopicCount> {
  const sides = sidesOf(comparison);
  const located = locatePassages(comparison);
  return new Map(
    comparison.topics.map((topic) => {
      const main: Record<string, number> = {};
      const replies: Record<string, number> = {};
      for (const side of sides) {
        main[side.id] = 0;
        replies[side.id] = 0;
      }
      for (const { passage, side, commentNumber } of located) {
        if (!passage.topics.includes(topic.id)) continue;
        const bucket = commentNumber === null ? main : replies;
        bucket[side.id] = (bucket[side.id] ?? 0) + 1;
      }
      const everySide = sides.length > 1 && sides.every((s) => (main[s.id] ?? 0) + (replies[s.id] ?? 0) > 0);
      return [topic.id, { main, replies, everySide }] as const;
    }),
  );
}

/** Passages on other sides that share a topic with the given one: "how the other side covers this". */
export function relatedPassages(located: readonly LocatedPassage[], passageId: string): LocatedPassage[] {
  const self = located.find((l) => l.passage.id === passageId);
  if (!self || self.passage.topics.length === 0) return [];
  return located.filter(
    (l) => l.side.id !== self.side.id && l.passage.topics.some((t) => self.passage.topics.includes(t)),
  );
}

export interface TextSegment {
  text: string;
  match: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Matches are case-insensitive and treat straight and typographic quotes alike. */
function searchPattern(query: string): RegExp | null {
  const q = query.trim();
  if (q.length < 2) return null;
  const source = escapeRegExp(q).replace(/['‘’]/g, "['‘’]").replace(/["“”]/g, '["“”]');
  return new RegExp(source, "giu");
}

/** Splits text into matching and non-matching runs for highlighting. */
export function splitMatches(text: string, query: string): TextSegment[] {
  const pattern = searchPattern(query);
  if (!pattern) return [{ text, match: false }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), match: false });
    segments.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}

export function countMatches(text: string, query: string): number {
  const pattern = searchPattern(query);
  return pattern ? [...text.matchAll(pattern)].length : 0;
}

export interface Range {
  start: number;
  end: number;
  key: string;
}

export interface Segment {
  text: string;
  /** The keys of every range covering this run ("match", "cue-hedge", …). */
  keys: string[];
}

/** Cuts text at every range boundary, so overlapping marks (search, cues) can be rendered together. */
export function segmentText(text: string, ranges: readonly Range[]): Segment[] {
  if (ranges.length === 0) return [{ text, keys: [] }];
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const keys = ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.key);
    segments.push({ text: text.slice(start, end), keys: [...new Set(keys)] });
  }
  return segments;
}

/** Search matches as ranges (see splitMatches for the matching rules). */
export function matchRanges(text: string, query: string): Range[] {
  const ranges: Range[] = [];
  let at = 0;
  for (const s of splitMatches(text, query)) {
    if (s.match) ranges.push({ start: at, end: at + s.text.length, key: "match" });
    at += s.text.length;
  }
  return ranges;
}
