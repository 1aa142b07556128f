/**
 * Text pasted from a word processor or a web page often separates paragraphs with a single line break,
 * where Parallax (like Markdown) expects a blank line: each article then became one passage and nothing
 * could link. This finds such paragraphs and puts a blank line between them. Hard-wrapped prose (lines
 * cut at ~72 columns mid-sentence) is left alone: its line breaks are not paragraph breaks.
 */

/** Lines Markdown already sets apart without a blank line: list items, quotes and headings. */
const OWN_BLOCK = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>|#{1,6}\s)/;
/** List items and quote lines that belong together: kept on consecutive lines. */
const GROUPED = /^\s{0,3}(?:[-*+]\s|\d{1,9}[.)]\s|>)/;
/** Code and tables, whose line breaks are the content: such a block is never touched. */
const VERBATIM = /^\s{0,3}(?:\||```|~~~)/;
/** A line that ends a sentence: the usual end of a paragraph, rarely of a hard-wrapped line. */
const SENTENCE_END = /[.!?…:;"”’')\]]$/;
/** Share of a run's lines (all but its last) that must end a sentence for the run to read as paragraphs. */
const PARAGRAPH_SHARE = 0.5;
/** Lines this long are paragraphs whatever they end with: nobody hard-wraps at 160 characters. */
const LONG_LINE = 160;

const blocksOf = (text: string) => text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/);
const linesOf = (block: string) =>
  block
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** Whether consecutive plain lines are paragraphs of their own rather than one hard-wrapped paragraph. */
function looksLikeParagraphs(run: readonly string[]): boolean {
  if (run.length < 2) return false;
  const inner = run.slice(0, -1);
  const ended = inner.filter((l) => SENTENCE_END.test(l) || l.length >= LONG_LINE).length;
  return ended / inner.length >= PARAGRAPH_SHARE;
}

/** A block's parts as they stand (`joined`) and as paragraphs (`split`), each a list of chunks. */
function partsOf(block: string): { joined: string[]; split: string[] } {
  const lines = linesOf(block);
  if (lines.some((l) => VERBATIM.test(l))) return { joined: [block.trim()], split: [block.trim()] };
  const runs: { plain: boolean; lines: string[] }[] = [];
  for (const line of lines) {
    const plain = !OWN_BLOCK.test(line);
    const last = runs.at(-1);
    // Plain lines run together, as do list and quote lines; a heading is a run of its own.
    if (last && last.plain === plain && (plain || (GROUPED.test(line) && GROUPED.test(last.lines[0] ?? ""))))
      last.lines.push(line);
    else runs.push({ plain, lines: [line] });
  }
  const joined = runs.map((r) => r.lines.join("\n"));
  const split = runs.flatMap((r) =>
    r.plain && looksLikeParagraphs(r.lines) ? r.lines : [r.lines.join("\n")],
  );
  return { joined, split };
}

export interface SingleBreaks {
  /** Passages the text makes as written. */
  before: number;
  /** Passages once single line breaks between sentence-ending lines count as paragraph breaks. */
  after: number;
}

/** Null when every paragraph is already set apart (or the line breaks are hard wrapping). */
export function findSingleBreaks(text: string): SingleBreaks | null {
  let before = 0;
  let after = 0;
  for (const block of blocksOf(text)) {
    if (!block.trim()) continue;
    const { joined, split } = partsOf(block);
    before += joined.length;
    after += split.length;
  }
  return after > before ? { before, after } : null;
}

/** The text with a blank line between the paragraphs `findSingleBreaks` found; other blocks unchanged. */
export function splitSingleBreaks(text: string): string {
  return blocksOf(text)
    .filter((block) => block.trim())
    .flatMap((block) => {
      const { joined, split } = partsOf(block);
      return split.length > joined.length ? split : [block.trim()];
    })
    .join("\n\n");
}
