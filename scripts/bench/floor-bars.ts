/**
 * The reader's bars are set against the floor (a bare Next.js page from the same node_modules, measured
 * in the same run): each figure is printed absolute and as its difference from the floor's.
 */
import type { LighthouseRun } from "./lighthouse";
import { type Spread, spread } from "./report";

export interface FloorRow {
  metric: string;
  page: string;
  value: Spread;
  /** The floor's median, or null for a bar that is absolute. */
  floor: number | null;
  format: (v: number) => string;
  bar: string;
  ok: boolean;
}

type Pick = (r: LighthouseRun) => number;
const PICKS: Record<string, { pick: Pick; format: (v: number) => string }> = {
  performance: { pick: (r) => r.scores.performance, format: (v) => v.toFixed(0) },
  accessibility: { pick: (r) => r.scores.accessibility, format: (v) => v.toFixed(0) },
  LCP: { pick: (r) => r.lcpMs, format: (v) => `${(v / 1000).toFixed(2)} s` },
  TBT: { pick: (r) => r.tbtMs, format: (v) => `${v.toFixed(0)} ms` },
  CLS: { pick: (r) => r.cls, format: (v) => v.toFixed(3) },
};

/** A bar: `floor + delta` (at most, `max`) or `floor - delta` (at least), or an absolute target. */
export interface Bar {
  metric: keyof typeof PICKS;
  /** Printed beside the floor with no bar. */
  info?: true;
  relative?: { delta: number; at: "least" | "most" };
  absolute?: { value: number; at: "least" | "most" };
}

export function floorRows(
  page: string,
  runs: LighthouseRun[],
  floor: LighthouseRun[],
  bars: Bar[],
): FloorRow[] {
  return bars.map(({ metric, relative, absolute, info }) => {
    const { pick, format } = PICKS[metric] ?? { pick: () => Number.NaN, format: String };
    const value = spread(runs.map(pick));
    const floorMedian = spread(floor.map(pick)).median;
    const target = relative
      ? floorMedian + (relative.at === "most" ? relative.delta : -relative.delta)
      : (absolute?.value ?? 0);
    const at = relative?.at ?? absolute?.at ?? "most";
    // CLS counts as 0 when it rounds to 0.000 (Lighthouse shows 3 decimals).
    const ok =
      metric === "CLS"
        ? value.median < 0.0005
        : at === "most"
          ? value.median <= target
          : value.median >= target;
    const sign = relative?.at === "most" ? "+" : "−";
    const bar = relative
      ? `${at === "most" ? "≤" : "≥"} floor ${sign} ${metric === "LCP" ? `${relative.delta} ms` : metric === "TBT" ? `${relative.delta} ms` : relative.delta} (${format(target)})`
      : `${at === "most" ? "≤" : "≥"} ${format(target)}`;
    if (info) return { metric, page, value, floor: floorMedian, format, bar: "—", ok: true };
    return { metric, page, value, floor: floorMedian, format, bar, ok: value.n > 0 && ok };
  });
}

export function formatFloorTable(rows: readonly FloorRow[]): string {
  const diff = (r: FloorRow) => {
    if (r.floor === null || Number.isNaN(r.floor)) return "—";
    const d = r.value.median - r.floor;
    return `${d >= 0 ? "+" : "−"}${r.format(Math.abs(d))}`;
  };
  const cells = rows.map((r) => {
    const { median, min, max, n } = r.value;
    const value =
      n > 1
        ? `${r.format(median)} (${r.format(min)}–${r.format(max)})`
        : n === 1
          ? r.format(median)
          : "not measured";
    return [
      r.metric,
      r.page,
      value,
      r.floor === null ? "—" : r.format(r.floor),
      diff(r),
      r.bar,
      n === 0 ? "—" : r.ok ? "ok" : "MISS",
    ];
  });
  const header = ["metric", "page", "median (min–max)", "floor", "Δ floor", "bar", "ok/MISS"];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: readonly string[]) => c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...cells.map(line)].join("\n");
}

/**
 * One page's LCP split by which came first in each run, its first paint or its scripts (see
 * `scriptsBeforePaint`): the two modes differ by up to a second, so medians of 5 can swing between them.
 */
export function paintOrderLine(page: string, runs: readonly LighthouseRun[]): string {
  const first = runs.filter((r) => r.scriptsBeforePaint === 0);
  const after = runs.filter((r) => r.scriptsBeforePaint > 0);
  const lcp = (rs: readonly LighthouseRun[]) =>
    rs.length === 0 ? "—" : `${(spread(rs.map((r) => r.lcpMs)).median / 1000).toFixed(2)} s`;
  return `  ${page}: painted before its scripts ran in ${first.length} of ${runs.length} runs, LCP ${lcp(first)}; after, LCP ${lcp(after)}`;
}
