import type { Block, BlockType } from "./blocks";

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Elements whose start and end separate passages; everything else is inline and joins its text. */
const BLOCK_ELEMENTS = new Set([
  ...HEADINGS,
  ...["p", "div", "section", "article", "main", "header", "footer", "aside", "address", "pre", "body"],
  ...["ul", "ol", "li", "blockquote", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot"],
  ...["tr", "td", "th", "dl", "dt", "dd", "hr"],
]);

function ownType(tag: string, inQuote: boolean): BlockType | null {
  if (tag === "figcaption") return "caption";
  if (inQuote) return "quote";
  if (HEADINGS.has(tag)) return "heading";
  if (tag === "li") return "list-item";
  return null;
}

interface Frame {
  type: BlockType;
  inQuote: boolean;
}

/** True when the next non-blank sibling is another <br>: `<br><br>` is how old pages break paragraphs. */
function startsBrRun(br: Node): boolean {
  let next = br.nextSibling;
  while (next && next.nodeType === 3 && !(next.textContent ?? "").trim()) next = next.nextSibling;
  return next?.nodeName.toLowerCase() === "br";
}

/**
 * Walks sanitized markup into blocks: h* → heading, p and other containers → paragraph, li → list item,
 * anything inside blockquote → quote, figcaption → caption. Iterative, so deep nesting cannot overflow.
 */
export function domToBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let buffer = "";
  let bufferType: BlockType = "paragraph";
  const flush = () => {
    if (buffer.trim()) blocks.push({ type: bufferType, text: buffer });
    buffer = "";
  };
  const frames: Frame[] = [{ type: "paragraph", inQuote: false }];
  // Work items: a node to enter, or the marker that leaves a block element.
  const stack: Array<Node | "leave"> = [root];
  while (stack.length > 0) {
    const item = stack.pop() as Node | "leave";
    if (item === "leave") {
      flush();
      frames.pop();
      continue;
    }
    const frame = frames[frames.length - 1] as Frame;
    if (item.nodeType === 3) {
      if (!buffer) bufferType = frame.type;
      buffer += item.textContent ?? "";
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 11) continue;
    const tag = item.nodeName.toLowerCase();
    if (tag === "br") {
      if (startsBrRun(item)) flush();
      else buffer += " ";
      continue;
    }
    if (BLOCK_ELEMENTS.has(tag)) {
      flush();
      const inQuote = frame.inQuote || tag === "blockquote";
      frames.push({ type: ownType(tag, inQuote) ?? (inQuote ? "quote" : frame.type), inQuote });
      stack.push("leave");
    }
    // Last child first, by sibling pointers (no live NodeList: see assertShallowTree).
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return blocks;
}
