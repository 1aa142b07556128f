import type { Span } from "./links";

export interface ContextOptions {
  /** Neighbours within this many passages (same document, same section) lend context; 0 turns it off. */
  window: number;
  /** A neighbour at distance d lends its score × decay^d. */
  decay: number;
  /** Only passages with at least this much evidence of their own take context: a mention, not silence. */
  gate: number;
}

/**
 * Discourse continuity: passages on a topic come in runs ("the meeting" after a paragraph on the
 * Israel–Syria talks is about them), so a passage with weak evidence of its own takes the strongest
 * neighbour's score, decayed by distance. A heading starts a new run: nothing crosses it.
 * `own` gates, `scores` (own plus what links lent) is lent; returns new rows.
 */
export function addContext(
  own: number[][],
  scores: number[][],
  spans: Span[],
  headings: boolean[],
  opts: ContextOptions,
): number[][] {
  const out = scores.map((row) => [...row]);
  if (opts.window <= 0) return out;
  for (const { start, end } of spans)
    for (let i = start; i < end; i++) {
      const row = out[i] ?? [];
      row.forEach((s, k) => {
        if ((own[i]?.[k] ?? 0) < opts.gate) return;
        let ctx = 0;
        for (let d = 1; d <= opts.window; d++) {
          const up = i - d;
          // Going up, the passage just below `up` must not start a section (i itself included).
          if (up < start || headings[up + 1]) break;
          ctx = Math.max(ctx, opts.decay ** d * (scores[up]?.[k] ?? 0));
        }
        for (let d = 1; d <= opts.window; d++) {
          const down = i + d;
          if (down >= end || headings[down]) break;
          ctx = Math.max(ctx, opts.decay ** d * (scores[down]?.[k] ?? 0));
        }
        row[k] = s + ctx;
      });
    }
  return out;
}
