/**
 * Leave-one-topic-out on the seed's 11 topics: for each topic, a topic option is chosen on the other ten
 * (mean F1 over the given phrasings) and the held-out topic is scored with it. Says whether a shipped
 * value holds up beyond the topics it was seen on; the seed is one comparison, so this is all it can say.
 */
import { type AlignOptions, DEFAULT_ALIGN_OPTIONS } from "../../lib/align/index";
import { evaluateSeed, type Phrasing } from "./align-seed";

type Key = keyof AlignOptions["topics"];

type Value = number | boolean;

export function topicCv(key: Key, grid: Value[], phrasings: Phrasing[]) {
  const table = grid.map((value) => {
    const options = { ...DEFAULT_ALIGN_OPTIONS, topics: { ...DEFAULT_ALIGN_OPTIONS.topics, [key]: value } };
    return phrasings.flatMap((p) => evaluateSeed("news|opinion|comments", options, p).topics);
  });
  const ids = [...new Set(table[0]?.map((t) => t.id))];
  const sumOf = (rows: { id: string; f1: number }[], keep: (id: string) => boolean) =>
    rows.filter((r) => keep(r.id)).reduce((s, r) => s + r.f1, 0);
  let held = 0;
  let n = 0;
  const chosen: Value[] = [];
  for (const h of ids) {
    let best = 0;
    table.forEach((rows, k) => {
      if (sumOf(rows, (id) => id !== h) > sumOf(table[best] ?? [], (id) => id !== h) + 1e-9) best = k;
    });
    chosen.push(grid[best] as Value);
    held += sumOf(table[best] ?? [], (id) => id === h);
    n += phrasings.length;
  }
  const shipped = DEFAULT_ALIGN_OPTIONS.topics[key] as Value;
  const row = table[grid.indexOf(shipped)] ?? [];
  return {
    key,
    heldOut: held / n,
    shipped,
    shippedMean: row.reduce((s, r) => s + r.f1, 0) / Math.max(1, row.length),
    chosen: [...new Set(chosen)].sort((a, b) => Number(a) - Number(b)),
    perValue: grid.map((v, k) => ({
      value: v,
      mean: (table[k] ?? []).reduce((s, r) => s + r.f1, 0) / Math.max(1, table[k]?.length ?? 1),
    })),
  };
}
