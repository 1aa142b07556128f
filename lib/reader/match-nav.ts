/** The next search match to show: wraps around both ends; the first step from none goes to an end. */
export function stepMatch(current: number | null, total: number, step: 1 | -1): number | null {
  if (total <= 0) return null;
  if (current === null || current >= total) return step === 1 ? 0 : total - 1;
  return (current + step + total) % total;
}

/** "Match 3 of 12" (1-based), or how many there are before the reader has moved to one. */
export function matchLabel(current: number | null, total: number): string {
  if (total === 0) return "";
  if (current === null) return `${total} highlighted on this page: press Enter for the first.`;
  return `Match ${current + 1} of ${total}`;
}

/** "3 matches for “Hamas”: 1 in the news report, 2 in the opinion piece and its comments." */
export function matchSummary(
  query: string,
  perSide: Readonly<Record<string, number>>,
  sideNouns: Readonly<Record<string, string>>,
): string {
  if (query.length < 2) return query ? "Type at least two characters." : "";
  const parts = Object.entries(sideNouns).map(([id, noun]) => ({ n: perSide[id] ?? 0, noun }));
  const total = parts.reduce((sum, p) => sum + p.n, 0);
  const list = parts.map((p) => `${p.n} in the ${p.noun}`).join(", ");
  return `${total} match${total === 1 ? "" : "es"} for “${query}”: ${list}.`;
}
