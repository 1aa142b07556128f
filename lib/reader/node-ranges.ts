export interface NodeRange {
  startNode: number;
  startOffset: number;
  endNode: number;
  endOffset: number;
}

/**
 * Offsets into a text split over several DOM text nodes (a passage whose words are in cue spans or
 * server-rendered marks), as node indexes and offsets for a DOM Range.
 */
export function nodeRanges(
  parts: readonly string[],
  ranges: readonly { start: number; end: number }[],
): NodeRange[] {
  const starts: number[] = [];
  let total = 0;
  for (const p of parts) {
    starts.push(total);
    total += p.length;
  }
  const locate = (at: number, end: boolean) => {
    // The node holding character `at` (for an end, the one holding `at - 1`).
    let i = parts.length - 1;
    while (i > 0 && ((starts[i] as number) > at || (end && starts[i] === at))) i--;
    return { node: i, offset: Math.min(at - (starts[i] as number), parts[i]?.length ?? 0) };
  };
  return ranges.map((r) => {
    const s = locate(r.start, false);
    const e = locate(r.end, true);
    return { startNode: s.node, startOffset: s.offset, endNode: e.node, endOffset: e.offset };
  });
}
