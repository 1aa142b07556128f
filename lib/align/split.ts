import { marked, type Token, type Tokens } from "marked";
import type { Block, PassageType } from "../corpus/schema";
import { decodeEntities } from "./entities";

export type { Block };

/** Whitespace is the only thing normalised: runs collapse to one space, ends are trimmed. */
const normalise = (text: string) => decodeEntities(text).replace(/\s+/g, " ").trim();

/** Strips tags, keeping the text between them (the words are the passage). */
const stripTags = (html: string) => html.replace(/<[^>]*>/g, " ");

/** The words of inline tokens with their markup dropped (emphasis, links, code spans, inline HTML tags). */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback;
  let out = "";
  for (const t of tokens) {
    if (t.type === "html") out += " ";
    else if (t.type === "br") out += " ";
    else if ("tokens" in t && Array.isArray(t.tokens) && t.tokens.length > 0) out += inlineText(t.tokens, "");
    else if (t.type === "image") out += (t as Tokens.Image).text;
    else out += "text" in t && typeof t.text === "string" ? t.text : t.raw;
  }
  return out;
}

const FIGCAPTION = /^\s*<figcaption\b[^>]*>([\s\S]*?)<\/figcaption>\s*$/i;

function walk(tokens: Token[], inQuote: boolean, out: Block[]): void {
  const push = (type: PassageType, text: string) => {
    const clean = normalise(text);
    if (clean) out.push({ type: inQuote ? "quote" : type, text: clean });
  };
  for (const t of tokens) {
    switch (t.type) {
      case "space":
      case "hr":
        break;
      case "heading":
      case "paragraph":
        push(t.type, inlineText(t.tokens, t.text));
        break;
      case "text":
        push("paragraph", inlineText(t.tokens, t.text));
        break;
      case "blockquote":
        walk(t.tokens ?? [], true, out);
        break;
      case "list":
        for (const item of (t as Tokens.List).items) listItem(item, inQuote, out);
        break;
      case "html": {
        const caption = FIGCAPTION.exec(t.text);
        push(caption ? "caption" : "paragraph", stripTags(caption?.[1] ?? t.text));
        break;
      }
      case "code":
        push("paragraph", t.text);
        break;
      default:
        // Tables, link definitions and anything else: keep the words as written.
        push("paragraph", t.raw);
    }
  }
}

/** One passage per item; a nested list's items follow as passages of their own. */
function listItem(item: Tokens.ListItem, inQuote: boolean, out: Block[]): void {
  const own: string[] = [];
  const nested: Token[] = [];
  for (const t of item.tokens) {
    if (t.type === "text" || t.type === "paragraph") own.push(inlineText(t.tokens, t.text));
    else nested.push(t);
  }
  const text = normalise(own.join(" "));
  if (text) out.push({ type: inQuote ? "quote" : "list-item", text });
  walk(nested, inQuote, out);
}

/**
 * Longer than any real paragraph: read as plain text. marked's inline rules take seconds on some such
 * runs ("_a_a_a…") and its block rules overflow the stack on deep nesting ("> > > …").
 */
const MAX_MARKDOWN_CHUNK = 20_000;

/** Splits plain text (paragraphs separated by blank lines, Markdown block markers recognised) into passages. */
export function splitPassages(text: string): Block[] {
  const out: Block[] = [];
  // Chunk by blank lines first, so one pathological paragraph cannot slow down or break the others.
  for (const chunk of text.split(/\n[ \t]*\n/)) {
    const plain = () => {
      const words = normalise(chunk);
      if (words) out.push({ type: "paragraph", text: words });
    };
    if (chunk.length > MAX_MARKDOWN_CHUNK) plain();
    else
      try {
        walk(marked.lexer(chunk), false, out);
      } catch {
        plain();
      }
  }
  return out;
}
