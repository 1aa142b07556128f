import { Marked } from "marked";
import { type Block, serializeBlocks } from "./blocks";
import { htmlToText } from "./html";

// A private instance: options or extensions set on the global `marked` elsewhere cannot leak in.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

const toLf = (text: string) => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/**
 * Plain text: paragraphs are separated by blank lines; a text with no blank line at all (one paragraph
 * per line, as many pasted texts are) keeps each line as a paragraph.
 */
function plainTextBlocks(text: string): Block[] {
  const chunks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split("\n");
  return chunks.map((chunk) => ({ type: "paragraph", text: chunk }));
}

/**
 * Pasted or uploaded text → the interchange format. Markdown is rendered and then read back through the
 * same sanitizer as web pages, so raw HTML (a `<script>`, an `onerror`) cannot survive while its block
 * structure and words do; `<figcaption>…</figcaption>` stays a caption. Only whitespace is normalised.
 */
export function normalizeText(text: string, format: "text" | "markdown"): string {
  const lf = toLf(text);
  if (format === "text") return serializeBlocks(plainTextBlocks(lf));
  return htmlToText(markdown.parse(lf) as string);
}
