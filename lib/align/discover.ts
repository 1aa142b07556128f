import { kebab, uniqueId } from "../corpus/kebab";
import { TEXT_LIMITS } from "../limits";
import { mergeByName, mergeNeighbours } from "./group-merge";
import { mergeByKey, nameOf } from "./key-phrases";
import type { Link } from "./links";
import { frequencyRank, getNeighbours } from "./neighbours";
import type { Features } from "./nlp";
import { nameContext, phraseName } from "./topic-names";
import type { Space } from "./vectors";

export interface DiscoveredTopic {
  id: string;
  label: string;
  passages: number[];
}

/** Kebab-case id from a name; unique within `taken`. */
export function slugId(name: string, taken: Set<string>): string {
  const id = uniqueId(kebab(name) || "topic", taken);
  taken.add(id);
  return id;
}

/** Groups linked passages: strongest links first, a group never growing past `maxSize` (no chaining into one blob). */
function group(links: Link[], maxSize: number): number[][] {
  const parent = new Map<number, number>();
  const size = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as number;
    return r;
  };
  const sorted = [...links].sort((x, y) => y.score - x.score || x.source - y.source || x.target - y.target);
  for (const { source, target } of sorted) {
    const a = find(source);
    const b = find(target);
    if (a === b) continue;
    const sa = size.get(a) ?? 1;
    const sb = size.get(b) ?? 1;
    if (sa + sb > maxSize) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent.set(child, root);
    parent.set(root, root);
    size.set(root, sa + sb);
  }
  const groups = new Map<number, number[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    groups.set(r, [...(groups.get(r) ?? []), x]);
  }
  return [...groups.values()].map((g) => g.sort((x, y) => x - y)).sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}

/**
 * The `max` groups held together by the most link weight (a big, tight group first), in text order.
 * Long texts can yield hundreds of small groups; a reader cannot use a list that long, and storage caps it.
 */
export function strongest(groups: number[][], links: Link[], max: number): number[][] {
  if (groups.length <= max) return groups;
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => {
    for (const p of g) groupOf.set(p, k);
  });
  const weight = groups.map(() => 0);
  for (const l of links) {
    const k = groupOf.get(l.source);
    if (k !== undefined && k === groupOf.get(l.target)) weight[k] = (weight[k] ?? 0) + l.score;
  }
  const kept = groups
    .map((_, k) => k)
    .sort((x, y) => (weight[y] ?? 0) - (weight[x] ?? 0) || x - y)
    .slice(0, max);
  return kept.sort((x, y) => x - y).map((k) => groups[k] as number[]);
}

/**
 * Topics found without any given: groups of linked passages from at least two documents, merged with their
 * neighbours and with groups that say their name, named by a noun phrase of their own (key phrases where
 * none fits).
 */
export function discoverTopics(
  space: Space,
  features: Features[],
  links: Link[],
  docOf: (passage: number) => number,
  maxSize: number,
  maxTopics: number = TEXT_LIMITS.maxDiscoveredTopics,
): DiscoveredTopic[] {
  const taken = new Set<string>();
  // Merged groups may grow half as large again as linking alone makes them: larger, never one blob.
  const cap = Math.round(maxSize * 1.5);
  const linked = mergeByKey(space, features, group(links, maxSize), cap).filter(
    (g) => new Set(g.map(docOf)).size > 1,
  );
  const words = getNeighbours();
  const ctx = nameContext(features, docOf, (w) => frequencyRank(words, w));
  const groups = mergeByName(ctx, mergeNeighbours(ctx, linked, cap), cap).sort(
    (x, y) => (x[0] ?? 0) - (y[0] ?? 0),
  );
  return strongest(groups, links, maxTopics).map((passages) => {
    const label = phraseName(ctx, passages) ?? nameOf(space, features, passages);
    return { id: slugId(label, taken), label, passages };
  });
}
