/**
 * Checks on short text people choose to show to others (names, titles, labels): refuse what renders as
 * nothing or reorders what is around it, so a list cannot show a blank or spoofed entry. Source texts
 * are never checked this way: their words are kept as written.
 */
import type { z } from "zod";

/**
 * Invisible and reordering characters: controls (C0, C1), bidi marks and overrides (LRM, RLM, ALM,
 * U+202A–E, U+2066–9), line and paragraph separators, and the other format characters (zero-width
 * space, word joiner, soft hyphen, BOM, tag characters), except ZWNJ and ZWJ, which Persian script and
 * emoji sequences need.
 */
const HIDDEN = /[\p{Cc}\u2028\u2029]|(?![\u200C\u200D])\p{Cf}/u;
/** Like HIDDEN, but tabs and newlines are fine in multi-line notes and answers. */
const HIDDEN_BUT_NEWLINES = /(?![\t\n\r])[\p{Cc}\u2028\u2029]|(?![\u200C\u200D])\p{Cf}/u;
/** Characters that draw nothing although Unicode does not call them spaces (Hangul and Braille fillers). */
const BLANK = /[\s\u115F\u1160\u3164\uFFA0\u2800\u200C\u200D]/gu;

/** Why `s` cannot be shown as a one-line name or title, or null when it can. */
export function visibleLineProblem(s: string): string | null {
  if (HIDDEN.test(s)) return "must not contain invisible or direction-changing characters";
  if (s.replace(BLANK, "").length === 0) return "must contain visible characters";
  return null;
}

/** Why `s` cannot be shown as multi-line free text (a note, an answer), or null when it can. */
export function visibleTextProblem(s: string): string | null {
  if (HIDDEN_BUT_NEWLINES.test(s)) return "must not contain invisible or direction-changing characters";
  return null;
}

/** A zod `superRefine` check from a "why not" function: the issue's message names the problem. */
export function refuseWhen(problem: (s: string) => string | null) {
  return (s: string, ctx: z.RefinementCtx) => {
    const message = problem(s);
    if (message) ctx.addIssue({ code: "custom", message });
  };
}

/**
 * The path of the first string in a parsed JSON value with an unpaired UTF-16 surrogate ("\ud800"):
 * JSON allows the escape, but no storage engine keeps it (PostgreSQL jsonb refuses it, text columns
 * turn it into U+FFFD), so it is refused before anything is stored. Null when every string is well formed.
 */
export function unpairedSurrogatePath(value: unknown): string[] | null {
  // Iterative and depth-first in document order, each node pointing at its parent (a path is built only
  // for the one found): a body may nest hundreds of thousands of levels deep.
  type Node = { value: unknown; key: string | null; parent: Node | null };
  const pathOf = (node: Node | null, key?: string): string[] => {
    const keys = key === undefined ? [] : [key];
    for (let at = node; at && at.key !== null; at = at.parent) keys.push(at.key);
    return keys.reverse();
  };
  const stack: Node[] = [{ value, key: null, parent: null }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const current = node.value;
    if (typeof current === "string") {
      if (!current.isWellFormed()) return pathOf(node);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], key: String(i), parent: node });
    } else if (current && typeof current === "object") {
      const entries = Object.entries(current);
      const badKey = entries.find(([key]) => !key.isWellFormed());
      if (badKey) return pathOf(node, badKey[0]);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        stack.push({ value: child, key, parent: node });
      }
    }
  }
  return null;
}
