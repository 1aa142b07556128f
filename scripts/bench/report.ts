/**
 * Turns measurements into the printed table: one row per figure, `metric | page | median (min–max) |
 * bar | ok/MISS`. Bars are targets to print against, never assertions: the benchmark reports, it does
 * not fail on a miss.
 */

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number) => sorted[i] ?? Number.NaN;
  const median = sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return { median, min: at(0), max: at(sorted.length - 1), n: sorted.length };
}

export interface Row {
  metric: string;
  page: string;
  spread: Spread;
  format: (value: number) => string;
  bar: string;
  ok: boolean;
}

export const fixed =
  (digits: number, unit = "") =>
  (value: number) =>
    `${value.toFixed(digits)}${unit}`;

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => {
    const { median, min, max, n } = r.spread;
    const value = n > 1 ? `${r.format(median)} (${r.format(min)}–${r.format(max)})` : r.format(median);
    return [r.metric, r.page, n === 0 ? "not measured" : value, r.bar, n === 0 ? "—" : r.ok ? "ok" : "MISS"];
  });
  const header = ["metric", "page", "median (min–max)", "bar", "ok/MISS"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: readonly string[]) => c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...cells.map(line)].join("\n");
}
