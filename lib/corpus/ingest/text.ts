/** Text helpers shared by the ingest formats. They never change a word: only whitespace is folded. */

export interface SourceLine {
  /** 1-based line number in the source file, for error messages. */
  lineNo: number;
  indent: number;
  text: string;
  /** Blank lines immediately before this one (a gap of 2+ is where the page had an image). */
  blankBefore: number;
}

export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Non-empty lines with their indentation; the raw file may use CRLF or a BOM. */
export function sourceLines(raw: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let blank = 0;
  raw
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === "") {
        blank += 1;
        return;
      }
      const indent = line.length - line.trimStart().length;
      lines.push({ lineNo: i + 1, indent, text: foldWhitespace(line), blankBefore: blank });
      blank = 0;
    });
  return lines;
}

const OPENING = new Set(["“", "‘"]);
const CLOSING = new Set(["”"]);

/**
 * True when the whole passage is quoted material: it opens with a quotation mark and the quotation
 * only closes at its very end (nested quotes allowed). `"X," said Y` or `“X,” said Y. “Z.”` are not.
 */
export function isWhollyQuoted(text: string): boolean {
  const first = text[0];
  if (first !== "“" && first !== '"') return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPENING.has(ch)) depth += 1;
    else if (CLOSING.has(ch)) depth -= 1;
    else if (ch === '"') depth += depth > 0 && i > 0 ? -1 : 1;
    else continue;
    if (depth <= 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/** A short line without closing punctuation, e.g. "Pragmatic Reasons" or "“Jewish influence” in Washington". */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(" ");
  return words.length <= 8 && /^[“"‘A-Z]/.test(text) && !/[.!?:;,…]$/.test(text);
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

function isoDate(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new Error(`not a calendar date: ${year}-${month}-${day}`);
  }
  return date.toISOString().slice(0, 10);
}

/** "March 19, 2024, 7:35 a.m. ET" or "April 27, 2023" → ISO date; null when the text is no such date. */
export function parseLongDate(text: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})\b/.exec(text);
  const month = m ? MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return isoDate(Number(m[3]), month, Number(m[2]));
}

/** "April 18/21" (month name, day, two-digit year, as blogs write it) → ISO date. */
export function parseShortDate(text: string): string | null {
  const m = /^([A-Z][a-z]+) (\d{1,2})\/(\d{2})$/.exec(text);
  const month = m ? MONTHS.indexOf((m[1] ?? "").toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return isoDate(2000 + Number(m[3]), month, Number(m[2]));
}

/** "By A, B and C" → ["A", "B", "C"]. */
export function splitAuthors(names: string): string[] {
  return names
    .split(/,\s*|\s+and\s+/)
    .map((n) => n.trim())
    .filter(Boolean);
}

export class IngestError extends Error {
  constructor(file: string, lineNo: number | null, message: string) {
    super(`${file}${lineNo === null ? "" : `:${lineNo}`}: ${message}`);
    this.name = "IngestError";
  }
}
