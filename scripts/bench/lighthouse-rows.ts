/** The reading page's Lighthouse bars (from the product brief) and the table rows that print runs against them. */
import { CATEGORIES, type Category, type LighthouseRun } from "./lighthouse";
import { fixed, type Row, spread } from "./report";

export const SCORE_BARS: Record<Category, number> = {
  performance: 98,
  accessibility: 100,
  "best-practices": 100,
  seo: 100,
};

export function lighthouseRows(page: string, runs: LighthouseRun[]): Row[] {
  const scoreRows = CATEGORIES.map((c): Row => {
    const s = spread(runs.map((r) => r.scores[c]));
    const bar = SCORE_BARS[c];
    return {
      metric: c,
      page,
      spread: s,
      format: fixed(0),
      bar: bar === 100 ? "100" : `≥ ${bar}`,
      ok: s.median >= bar,
    };
  });
  const lcp = spread(runs.map((r) => r.lcpMs / 1000));
  const tbt = spread(runs.map((r) => r.tbtMs));
  const cls = spread(runs.map((r) => r.cls));
  return [
    ...scoreRows,
    { metric: "LCP", page, spread: lcp, format: fixed(2, " s"), bar: "≤ 1.2 s", ok: lcp.median <= 1.2 },
    { metric: "TBT", page, spread: tbt, format: fixed(0, " ms"), bar: "≤ 100 ms", ok: tbt.median <= 100 },
    // CLS is 0 when it rounds to 0.000 (Lighthouse shows 3 decimals).
    { metric: "CLS", page, spread: cls, format: fixed(3), bar: "0", ok: cls.median < 0.0005 },
  ];
}
