import { foldWhitespace } from "@/lib/corpus/ingest/text";
import type { Block } from "@/lib/corpus/schema";

/**
 * The interchange format read by the aligner's splitter (lib/align/split.ts): one block per passage,
 * blocks separated by a blank line, Markdown block markers for the block type.
 */
export type { Block };
export type BlockType = Block["type"];

/** Characters that would start emphasis, code, strikethrough, links, inline HTML or an escape. */
const INLINE_SPECIAL = /[\\*_`~[<]/g;
/** `&amp;`-like runs would be read as entity references; an escaped `&` keeps them literal. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, "\\$&").replace(ENTITY_LIKE, "\\&");
}

/**
 * Escapes what would make a line start a heading, list, quote, thematic break, ordered list or table
 * row, so the words stay a paragraph (or the content of the marker we put in front).
 */
export function escapeLineStart(escaped: string): string {
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(escaped);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${escaped.slice(ordered[0].length)}`;
  return /^[#\-+>=|]/.test(escaped) ? `\\${escaped}` : escaped;
}

const escapeText = (text: string) => escapeLineStart(escapeInline(text));

/** Caption text sits inside raw HTML, where the splitter decodes entities. */
const escapeHtmlText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function serializeBlock(block: Block): string {
  switch (block.type) {
    case "heading":
      // Every `#` escaped: a trailing run would otherwise be taken as the heading's closing sequence.
      return `# ${escapeText(block.text).replace(/(?<!\\)#/g, "\\#")}`;
    case "list-item":
      return `- ${escapeText(block.text)}`;
    case "quote":
      return `> ${escapeText(block.text)}`;
    case "caption":
      return `<figcaption>${escapeHtmlText(block.text)}</figcaption>`;
    case "paragraph":
      return escapeText(block.text);
  }
}

/** Folds whitespace, drops empty blocks and writes the interchange format (consecutive items form one list). */
export function serializeBlocks(blocks: readonly Block[]): string {
  const out: string[] = [];
  let previous: BlockType | null = null;
  for (const block of blocks) {
    const text = foldWhitespace(block.text);
    if (!text) continue;
    const line = serializeBlock({ type: block.type, text });
    if (block.type === "list-item" && previous === "list-item") out[out.length - 1] += `\n${line}`;
    else out.push(line);
    previous = block.type;
  }
  return out.join("\n\n");
}
