/** Grid columns for the sides: two side by side from tablet width; three or four texts need a wider screen. */
export function sideColumns(count: number): string {
  if (count >= 4) return "md:grid-cols-2 2xl:grid-cols-4";
  if (count === 3) return "md:grid-cols-2 xl:grid-cols-3";
  return "md:grid-cols-2";
}
