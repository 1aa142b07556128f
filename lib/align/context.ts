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

/** Words that open a passage by pointing back: "It was a great achievement", "This shows …". */
const POINTING = /^[\s"'“‘(]*(?:it|its|this|that|these|those|they|their|he|his|she|her)\b/i;
const DEFINITE = /^[\s"'“‘(]*the\s/i;
/** "It is true that …", "It would be wise to …": an "it" that stands for what follows, not for what came before. */
const PLEONASTIC =
  /^[\s"'“‘(]*it\s+(?:is|was|would be|will be|could be|may be|might be|seems|seemed|appears|appeared)\s+(?:\S+\s+){0,2}?(?:that|to|if|whether)\b/i;

/**
 * A passage opens by pointing back when its first word is a pronoun ("It was a great achievement for
 * the Kremlin.") or it opens with "the" and its first word is one the passages before it used ("The
 * website said …" after "… said the Jusoor for Studies website").
 */
export function pointsBack(text: string, first: string | undefined, before: Set<string>[]): boolean {
  if (POINTING.test(text)) return !PLEONASTIC.test(text);
  return DEFINITE.test(text) && first !== undefined && before.some((b) => b.has(first));
}

export interface CarryOptions {
  /** A passage that points back carries on a run: it takes this share of the run's weaker score; 0 turns it off. */
  carry: number;
  gate: number;
}

/**
 * Runs carry on through a passage with no evidence of its own for any topic that opens by pointing back
 * (`pointsBack`), when the two passages before it, in its section, both carry the topic: it takes
 * `carry` × the weaker of their scores. One passage before is not a run ("This can happen …" after a
 * passage on a UN veto is about what the commenter wants, not the veto). In order, so a run continues.
 */
export function carryRuns(
  own: number[][],
  scores: number[][],
  spans: Span[],
  headings: boolean[],
  back: (i: number) => boolean,
  opts: CarryOptions,
): number[][] {
  const out = scores.map((row) => [...row]);
  if (opts.carry <= 0) return out;
  for (const { start, end } of spans)
    for (let i = start + 2; i < end; i++) {
      if (headings[i] || headings[i - 1] || headings[i - 2]) continue;
      if (Math.max(0, ...(own[i] ?? [])) >= opts.gate || !back(i)) continue;
      const row = out[i] ?? [];
      row.forEach((s, k) => {
        const run = Math.min(out[i - 1]?.[k] ?? 0, out[i - 2]?.[k] ?? 0);
        row[k] = Math.max(s, opts.carry * run);
      });
    }
  return out;
}
