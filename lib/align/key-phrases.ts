import { CALENDAR, OUTLET_TERM } from "./name-filters";
import type { Features } from "./nlp";
import type { Space } from "./vectors";

/**
 * The first way of naming discovered topics, kept where no noun phrase fits a group: key terms and runs of
 * names by weight ("San Diego · court"). Its lead phrases still merge groups led by the same one.
 */

/** What a passage offers a group's name, worked out once per passage (groups and names ask repeatedly). */
interface PassageKeys {
  /** Terms and names, once each. */
  all: string[];
  /** Those a teacher would keep as a name: a noun or a run of names as written, not a date, day or outlet. */
  usable: string[];
  /** Words of an outlet's name run ("new", "york" of "New York Times"): not a name on their own either. */
  outlet: string[];
}

const keysCache = new WeakMap<Features, PassageKeys>();
function passageKeys(f: Features): PassageKeys {
  let k = keysCache.get(f);
  if (k) return k;
  const outlet: string[] = [];
  for (const [t, written] of f.surface)
    if (t.includes(" ") && OUTLET_TERM.test(written.toLowerCase())) outlet.push(...t.split(" "));
  const all = [...new Set([...f.terms, ...f.names])];
  const usable = all.filter((t) => {
    const written = f.surface.get(t);
    return (
      written !== undefined &&
      f.nominal.has(t) &&
      !f.dates.has(t) &&
      /[a-z]/.test(t) &&
      !CALENDAR.test(t) &&
      !OUTLET_TERM.test(t) &&
      !OUTLET_TERM.test(written.toLowerCase())
    );
  });
  k = { all, usable, outlet };
  keysCache.set(f, k);
  return k;
}

/** Key phrases of a group, best first: weight across its passages times how many passages hold them. */
function keyPhrases(space: Space, features: Features[], passages: number[]): string[] {
  const weight = new Map<string, number>();
  const spread = new Map<string, number>();
  const usable = new Set<string>();
  const outletWords = new Set<string>();
  for (const i of passages) {
    const f = features[i];
    if (!f) continue;
    const keys = passageKeys(f);
    for (const w of keys.outlet) outletWords.add(w);
    for (const bag of [space.terms[i], space.names[i]]) {
      for (const t in bag) weight.set(t, (weight.get(t) ?? 0) + (bag[t] as number));
    }
    for (const t of keys.all) spread.set(t, (spread.get(t) ?? 0) + 1);
    for (const t of keys.usable) usable.add(t);
  }
  for (const w of outletWords) usable.delete(w);
  // A run of names ("security council") weighs what its words weigh, so it wins over any one of them.
  const total = (t: string) =>
    (weight.get(t) ?? 0) + (t.includes(" ") ? t.split(" ").reduce((s, w) => s + (weight.get(w) ?? 0), 0) : 0);
  return [...usable]
    .map((t) => [t, total(t) * (spread.get(t) ?? 1)] as const)
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([t]) => t);
}

/** Names a group by its two heaviest key phrases that say different things, spelt as written. */
export function nameOf(space: Space, features: Features[], passages: number[]): string {
  // An abbreviation reads as its word ("Gov." → "governor").
  const surface = (t: string) => {
    const written = passages.map((i) => features[i]?.surface.get(t)).find(Boolean) ?? t;
    return /^[A-Za-z]+\.$/.test(written) ? t : written;
  };
  const same = (p: string, t: string) =>
    redundant(p, t) || redundant(surface(p).toLowerCase(), surface(t).toLowerCase());
  const picked: string[] = [];
  for (const t of keyPhrases(space, features, passages)) {
    if (picked.length === 2) break;
    if (picked.some((p) => same(p, t))) continue;
    picked.push(t);
  }
  // A title alone names nobody in particular: "Mattis", not "Mr. Mattis".
  const name = picked
    .map(surface)
    .map((n) => n.replace(/^(Mr|Mrs|Ms|Dr)\.\s+/, ""))
    .join(" · ");
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : "Shared passages";
}

/**
 * Groups led by the same key phrase are one topic: fewer, larger groups read better than many pairs. A group
 * joins the first one led by its phrase that has room for it (at most `maxSize` passages together): on long
 * texts every group can be led by the story's main name, and merging them all made one blob.
 */
export function mergeByKey(
  space: Space,
  features: Features[],
  groups: number[][],
  maxSize = Number.POSITIVE_INFINITY,
): number[][] {
  const led: [string, number[]][] = [];
  const out: number[][] = [];
  for (const g of groups) {
    const lead = keyPhrases(space, features, g)[0];
    let into: number[] | undefined;
    if (lead)
      for (const [k, h] of led)
        if (h.length + g.length <= maxSize && redundant(k, lead)) {
          into = h;
          break;
        }
    if (into) into.push(...g);
    else {
      const copy = [...g];
      out.push(copy);
      if (lead) led.push([lead, copy]);
    }
  }
  return out.map((g) => g.sort((x, y) => x - y));
}

/**
 * Two key phrases say the same thing when they share half the words of the shorter ("security council" /
 * "council", "12 million euros" / "twelve million euros", "americans" / "american") or one is the other's
 * initials ("elm river" / "er").
 */
export function redundant(a: string, b: string): boolean {
  // A plural is its singular ("americans" / "american"): wink leaves a capitalised plural as written.
  const singular = (w: string) => (w.length > 3 ? w.replace(/(?<!s)s$/, "") : w);
  const wa = a.split(" ").map(singular);
  const wb = b.split(" ").map(singular);
  const shared = wa.filter((w) => wb.includes(w)).length;
  if (shared * 2 >= Math.min(wa.length, wb.length)) return true;
  const initials = (ws: string[]) => ws.map((w) => w.charAt(0)).join("");
  return (wa.length > 1 && initials(wa) === b) || (wb.length > 1 && initials(wb) === a);
}
