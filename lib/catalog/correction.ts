import type { AlignResult } from "../align/schema";
import { kebab, uniqueId } from "../corpus/kebab";
import type { Comparison } from "../corpus/schema";
import type { AlignmentCorrection } from "./schema";

/**
 * Edits a teacher makes to an alignment, as pure functions over a correction.
 * Each returns a new correction; none touches the texts.
 */

type Correction = AlignmentCorrection;
type Link = Correction["links"][number];

export function renameTopic(c: Correction, id: string, label: string): Correction {
  return { ...c, topics: c.topics.map((t) => (t.id === id ? { ...t, label } : t)) };
}

export function deleteTopic(c: Correction, id: string): Correction {
  return {
    ...c,
    topics: c.topics.filter((t) => t.id !== id),
    passages: mapPassages(c, (topics) => topics.filter((t) => t !== id)),
  };
}

/** Folds `from` into `into`: its passages carry `into` instead, and `from` is gone. */
export function mergeTopics(c: Correction, from: string, into: string): Correction {
  if (from === into) return c;
  const merged = mapPassages(c, (topics) =>
    topics.includes(from) ? unique(topics.map((t) => (t === from ? into : t))) : topics,
  );
  return { ...c, topics: c.topics.filter((t) => t.id !== from), passages: merged };
}

export function togglePassageTopic(c: Correction, passageId: string, topicId: string): Correction {
  const current = c.passages[passageId] ?? [];
  const next = current.includes(topicId) ? current.filter((t) => t !== topicId) : [...current, topicId];
  return { ...c, passages: { ...c.passages, [passageId]: next } };
}

/** `documentOf` maps a passage id to its document: a passage has at most one counterpart per other document. */
export function setCounterpart(
  c: Correction,
  passageId: string,
  otherDocument: string,
  targetId: string | null,
  documentOf: (passageId: string) => string | undefined,
): Correction {
  const other = (l: Link) => (l.source === passageId ? l.target : l.target === passageId ? l.source : null);
  const kept = c.links.filter((l) => {
    const end = other(l);
    return end === null || documentOf(end) !== otherDocument;
  });
  // A teacher's link is certain: score 1, the editorial score.
  const links = targetId ? [...kept, { source: passageId, target: targetId, score: 1 }] : kept;
  return { ...c, links };
}

export function counterpartsOf(c: Correction, passageId: string): { id: string; score: number }[] {
  return c.links.flatMap((l) =>
    l.source === passageId
      ? [{ id: l.target, score: l.score }]
      : l.target === passageId
        ? [{ id: l.source, score: l.score }]
        : [],
  );
}

/** A saved comparison's alignment as a correction to edit: each link once, from its counterparts. */
export function correctionOf(comparison: Pick<Comparison, "topics" | "documents">): Correction {
  const passages = comparison.documents.flatMap((d) => d.passages);
  const seen = new Set<string>();
  const links = passages.flatMap((p) =>
    p.counterparts.flatMap((cp) => {
      const key = [p.id, cp.id].sort().join(" ");
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ source: p.id, target: cp.id, score: cp.score }];
    }),
  );
  return {
    topics: comparison.topics.map((t) => ({ id: t.id, label: t.label })),
    passages: Object.fromEntries(passages.map((p) => [p.id, p.topics])),
    links,
  };
}

/** A new topic's id: kebab-case from its label, unique among the existing ones. */
export function topicIdFor(label: string, existing: readonly string[]): string {
  return uniqueId(kebab(label) || "topic", new Set(existing));
}

export function addTopic(c: Correction, label: string): Correction {
  const id = topicIdFor(
    label,
    c.topics.map((t) => t.id),
  );
  return { ...c, topics: [...c.topics, { id, label }] };
}

/** The aligner's proposal in the shape of a correction, so both paths build the same way. */
export function proposalOf(aligned: AlignResult): AlignmentCorrection {
  return {
    topics: aligned.topics.map((t) => ({ id: t.id, label: t.label })),
    passages: Object.fromEntries(
      aligned.documents.flatMap((d) => d.passages.map((p) => [p.id, p.topics] as const)),
    ),
    links: aligned.links,
  };
}

function mapPassages(c: Correction, f: (topics: string[]) => string[]): Correction["passages"] {
  return Object.fromEntries(Object.entries(c.passages).map(([id, topics]) => [id, f(topics)]));
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
