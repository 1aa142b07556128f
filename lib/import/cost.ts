import { UPLOAD_LIMITS } from "../limits";
import type { ImportFormat } from "./types";

/**
 * What an upload will cost, counted by linear scans before any parser runs: jsdom, DOMPurify and
 * Readability slow down with elements (some shapes quadratically), not with bytes. Estimated
 * milliseconds on one core (see docs/decisions/bounded-compute.md), for the compute queue.
 */
export interface ImportCost {
  elements: number;
  ms: number;
}

/** Start tags in markup (`<p`, `<a`…): what parsing, sanitizing and Readability each pay for. */
export function countTags(html: string): number {
  return count(html, /<[a-zA-Z]/g);
}

/**
 * An upper bound on the elements Markdown renders to: a block per paragraph (lines joined by single
 * newlines are one), a list item, quote or heading per marker (nested markers nest), a cell per pipe,
 * raw tags, and inline markup (emphasis, code, links).
 */
export function countMarkdownElements(markdown: string): number {
  const paragraphs = count(markdown, /\n[ \t]*\n/g) + 1;
  const markers = count(markdown, /(?<=^|[ \t>])(?:(?:[-*+]|\d{1,9}[.)]|#{1,6})(?=[ \t])|>)/gm);
  const inline = Math.ceil(count(markdown, /[*_`~[]/g) / 2);
  return paragraphs + markers + count(markdown, /\|/g) + countTags(markdown) + inline;
}

export function estimateImport(content: string, format: ImportFormat): ImportCost {
  const elements =
    format === "html" ? countTags(content) : format === "markdown" ? countMarkdownElements(content) : 0;
  return { elements, ms: Math.ceil(1 + elements * 0.3 + content.length / 5_000) };
}

/** The refusal for an upload that could not be read within its budget, or null when it can. */
export function importCostProblem(cost: ImportCost, format: ImportFormat): string | null {
  if (cost.elements <= UPLOAD_LIMITS.maxElements) return null;
  const n = (x: number) => x.toLocaleString("en-US");
  const [what, advice] =
    format === "html"
      ? ["This page has", "Save the article alone, or copy its text and paste it."]
      : ["This text would make", "Split it into smaller files, or import it as plain text (.txt)."];
  return `${what} ${n(cost.elements)} elements (tags, list items, table cells); the limit is ${n(UPLOAD_LIMITS.maxElements)}. ${advice}`;
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}
