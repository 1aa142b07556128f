/**
 * One scale for every bar of the cue chart: each bar's length is its rate over the largest rate of any
 * cue in any source, so equal rates draw equal bars in every column and a larger rate a longer one.
 */
export function cueScale(rates: readonly { perThousand: Readonly<Record<string, number>> }[]) {
  const max = Math.max(0, ...rates.flatMap((r) => Object.values(r.perThousand)));
  return (value: number): number => (max > 0 ? Math.min(100, (value / max) * 100) : 0);
}
