/**
 * Checks on editorial wording that code can make against the source passages (docs/decisions/editorial-checks.md).
 * Framework-free string functions: no zod, no corpus imports, so annotations and framing can share them.
 */

/** The strings inside quotation marks (“…” or "…"), outermost only; a nested quote stays inside its parent. */
export function quotedStrings(text: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = -1;
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "“") {
      if (depth === 0) start = i + 1;
      depth += 1;
    } else if (ch === "”" && depth > 0) {
      depth -= 1;
      if (depth === 0) found.push(text.slice(start, i));
    } else if (ch === '"' && depth === 0) {
      if (straight < 0) straight = i + 1;
      else {
        found.push(text.slice(straight, i));
        straight = -1;
      }
    }
  }
  return found.filter((q) => q.trim().length > 0);
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Whether a quotation appears verbatim in one of the texts. Allowed: whitespace runs, an ellipsis for
 * words left out (each piece must appear, in order, in the same text), and closing punctuation that
 * English style puts inside the quote marks (“reprehensible,”).
 */
export function quoteFoundIn(quote: string, texts: string[]): boolean {
  const pieces = squash(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (pieces.length === 0) return true;
  return texts.some((raw) => {
    const text = squash(raw);
    let from = 0;
    for (const [k, piece] of pieces.entries()) {
      const last = k === pieces.length - 1;
      let at = text.indexOf(piece, from);
      if (at < 0 && last) at = text.indexOf(piece.replace(/[,.;:]$/, ""), from);
      if (at < 0) return false;
      from = at + 1;
    }
    return true;
  });
}

/** The problems with the quotations in one editorial string: each names the quote that is not found. */
export function misquotes(text: string, cited: string[]): string[] {
  return quotedStrings(text)
    .filter((q) => !quoteFoundIn(q, cited))
    .map((q) => `quotes “${q}”, which is not in the passages it cites`);
}

/** Words by which a text marks a statement as someone's claim rather than its own (issue 16). */
export const HEDGE_WORDS = ["allegedly", "reportedly", "claims", "says"] as const;
export type HedgeWord = (typeof HEDGE_WORDS)[number];

const hasWord = (text: string, word: string) => new RegExp(`\\b${word}\\b`, "i").test(text);

/** The hedge words a cited passage uses that the restatement leaves out. */
export function droppedHedges(restated: string, cited: string[]): HedgeWord[] {
  return HEDGE_WORDS.filter((w) => cited.some((t) => hasWord(t, w)) && !hasWord(restated, w));
}

const MONTHS = [
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may", "may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
] as const;
const MONTH_RE = new RegExp(`\\b(${MONTHS.flat().join("|")})\\b\\.?`, "gi");
const RELATIVE_RE =
  /\b(last|this|next) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth|sixth)\s*(days?|weeks?|months?|years?|yrs)\b/i;

/**
 * Whether the words a text uses to date an event give that date: a year or month they name must be the
 * event's own, and words naming none (“recently”) give no date. A relative date (“last Friday”,
 * “three days”) counts: the editors reckon it from the text's own date line.
 */
export function dateWordsProblem(words: string, date: string): string | null {
  const [year = "", month] = date.split("-");
  const years = [...words.matchAll(/\b(1[89]\d{2}|20\d{2})\b|\d\/(\d{2})\b/g)].map((m) =>
    m[1] ? m[1] : `20${m[2]}`,
  );
  const months = [...words.matchAll(MONTH_RE)].map((m) =>
    MONTHS.findIndex((names) => names.some((n) => n === (m[1] ?? "").toLowerCase())),
  );
  if (years.length === 0 && months.length === 0 && !RELATIVE_RE.test(words))
    return `“${words}” gives no date: mark the event "datedBy": "editors"`;
  if (years.length > 0 && !years.includes(year)) return `“${words}” names another year than ${year}`;
  if (month && months.length > 0 && !months.includes(Number(month) - 1))
    return `“${words}” names another month than ${date}`;
  return null;
}
