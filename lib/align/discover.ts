import { TEXT_LIMITS } from "../compute/limits";
import { kebab, uniqueId } from "../corpus/kebab";
import type { Link } from "./links";
import type { Features } from "./nlp";
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

/** Names a group by the two key phrases that weigh most across its passages and recur in most of them. */
function nameOf(space: Space, features: Features[], passages: number[]): string {
  const weight = new Map<string, number>();
  const spread = new Map<string, number>();
  for (const i of passages) {
    for (const bag of [space.terms[i], space.names[i]]) {
      for (const [t, w] of Object.entries(bag ?? {})) weight.set(t, (weight.get(t) ?? 0) + w);
    }
    for (const t of new Set([...(features[i]?.terms ?? []), ...(features[i]?.names ?? [])]))
      spread.set(t, (spread.get(t) ?? 0) + 1);
  }
  // A run of names ("security council") weighs what its words weigh, so it wins over any one of them.
  const total = (t: string) =>
    (weight.get(t) ?? 0) + (t.includes(" ") ? t.split(" ").reduce((s, w) => s + (weight.get(w) ?? 0), 0) : 0);
  const ranked = [...weight.keys()]
    .filter((t) => /[a-z]/.test(t))
    .map((t) => [t, total(t) * (spread.get(t) ?? 1)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const picked: string[] = [];
  for (const [t] of ranked) {
    if (picked.length === 2) break;
    if (picked.some((p) => redundant(p, t))) continue;
    picked.push(t);
  }
  const surface = (t: string) => passages.map((i) => features[i]?.surface.get(t)).find(Boolean) ?? t;
  const name = picked.map(surface).join(" · ");
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : "Shared passages";
}

/**
 * Two key phrases say the same thing when they share half the words of the shorter ("security council" /
 * "council", "12 million euros" / "twelve million euros") or one is the other's initials ("elm river" / "er").
 */
export function redundant(a: string, b: string): boolean {
  const wa = a.split(" ");
  const wb = b.split(" ");
  const shared = wa.filter((w) => wb.includes(w)).length;
  if (shared * 2 >= Math.min(wa.length, wb.length)) return true;
  const initials = (ws: string[]) => ws.map((w) => w.charAt(0)).join("");
  return (wa.length > 1 && initials(wa) === b) || (wb.length > 1 && initials(wb) === a);
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

/** Topics found without any given: groups of linked passages from at least two documents, named by key phrases. */
export function discoverTopics(
  space: Space,
  features: Features[],
  links: Link[],
  docOf: (passage: number) => number,
  maxSize: number,
  maxTopics: number = TEXT_LIMITS.maxDiscoveredTopics,
): DiscoveredTopic[] {
  const taken = new Set<string>();
  const groups = group(links, maxSize).filter((g) => new Set(g.map(docOf)).size > 1);
  return strongest(groups, links, maxTopics).map((passages) => {
    const label = nameOf(space, features, passages);
    return { id: slugId(label, taken), label, passages };
  });
}
