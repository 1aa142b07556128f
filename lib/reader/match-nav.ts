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
