import { marked, type Token, type Tokens } from "marked";
import type { Block, BlockType } from "./blocks";

/** Test helper: reads interchange text back with marked, as the aligner does, reporting stray markup. */

/** Inline tokens allowed in our output: text, escapes, and GFM autolinks (which keep their text). */
function inlineWords(tokens: Token[] | undefined, markup: string[]): string {
  let out = "";
  for (const t of tokens ?? []) {
    if (t.type === "text" && "tokens" in t && t.tokens) out += inlineWords(t.tokens, markup);
    else if (t.type === "text" || t.type === "escape") out += t.text;
    else if (t.type === "link" && (t as Tokens.Link).raw === (t as Tokens.Link).text) out += t.text;
    else {
      markup.push(`${t.type}: ${t.raw}`);
      out += t.raw;
    }
  }
  return out;
}

const decode = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

export interface ReadBack {
  blocks: Block[];
  /** Inline or block markup that is not part of the interchange format (should stay empty). */
  markup: string[];
}

export function readBack(text: string): ReadBack {
  const blocks: Block[] = [];
  const markup: string[] = [];
  const push = (type: BlockType, words: string) => blocks.push({ type, text: words });
  for (const token of marked.lexer(text)) {
    if (token.type === "space") continue;
    if (token.type === "paragraph" || token.type === "heading")
      push(token.type, inlineWords(token.tokens, markup));
    else if (token.type === "list") {
      for (const item of (token as Tokens.List).items) {
        const [only, ...rest] = item.tokens;
        if (rest.length > 0 || only?.type !== "text") markup.push(`list item: ${item.raw}`);
        push("list-item", inlineWords(only && "tokens" in only ? only.tokens : [], markup));
      }
    } else if (token.type === "blockquote") {
      const [only, ...rest] = token.tokens ?? [];
      if (rest.length > 0 || only?.type !== "paragraph") markup.push(`quote: ${token.raw}`);
      push("quote", inlineWords(only && "tokens" in only ? only.tokens : [], markup));
    } else if (token.type === "html") {
      const caption = /^<figcaption>([^<>]*)<\/figcaption>\s*$/.exec(token.text);
      if (caption) push("caption", decode(caption[1] ?? ""));
      else markup.push(`html: ${token.raw}`);
    } else markup.push(`${token.type}: ${token.raw}`);
  }
  return { blocks, markup };
}

/** Every html token anywhere in the token tree (block or inline). */
export function htmlTokens(text: string): string[] {
  const found: string[] = [];
  marked.walkTokens(marked.lexer(text), (token) => {
    if (token.type === "html") found.push(token.raw);
  });
  return found;
}
