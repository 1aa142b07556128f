/** "1 passage", "3 passages", "2 more students": every count the pages write out. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
