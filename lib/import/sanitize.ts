import createDOMPurify, { type DOMPurify } from "dompurify";
import { JSDOM, VirtualConsole } from "jsdom";

/**
 * Text-structure tags only, never an attribute. Neutral containers (div, section, table cells, pre…) are
 * kept so their block boundaries survive: dropping them would run the words of adjacent blocks together.
 */
const ALLOWED_TAGS = [
  ...["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "figcaption", "br"],
  ...["em", "strong", "i", "b", "a", "span", "sup", "sub", "small", "u", "s", "mark", "q", "cite", "abbr"],
  ...["code", "time", "div", "section", "article", "main", "header", "footer", "aside", "address", "pre"],
  ...["table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd"],
];

/** Form controls hold labels and defaults, not the article's words (scripts, styles, svg… are dropped by default). */
const ADD_FORBID_CONTENTS = ["button", "select", "option", "textarea", "datalist"];

/** A silent, script-less, resource-less window: parsing never runs code or touches the network. */
export function inertDom(html: string, url?: string): JSDOM {
  return new JSDOM(html, { url: safeUrl(url), virtualConsole: new VirtualConsole() });
}

/** Only http(s) URLs are given to jsdom (to resolve relative links); nothing is ever fetched. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

let purifier: DOMPurify | null = null;
let purifierWindow: JSDOM | null = null;

/** One long-lived purifier window: creating a jsdom per request would double the cost of an import. */
function getPurifier(): DOMPurify {
  purifierWindow ??= inertDom("<!doctype html><html><body></body></html>");
  purifier ??= createDOMPurify(purifierWindow.window);
  return purifier;
}

/** What DOMPurify drops with its content (its default FORBID_CONTENTS plus ours): left for it to remove. */
const DROPPED_WHOLE = new Set([
  ...["annotation-xml", "audio", "colgroup", "desc", "foreignobject", "head", "iframe", "math", "mi", "mn"],
  ...["mo", "ms", "mtext", "noembed", "noframes", "noscript", "plaintext", "script", "selectedcontent"],
  ...["style", "svg", "template", "thead", "title", "video", "xmp", ...ADD_FORBID_CONTENTS],
]);
const KEPT = new Set(ALLOWED_TAGS);

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The parsed page re-written with only the tags DOMPurify keeps (no attributes), the elements it would
 * unwrap (nav, form, unknown tags…) replaced by their children and those it drops whole left out, in
 * one linear pass. DOMPurify would do the same, but moving children one by one under jsdom is
 * quadratic (10,000 links in one <nav>: 12 s). DOMPurify still sanitizes the result.
 */
function prefilter(root: Element): string {
  const out: string[] = [];
  // Work items: a node to write, or the closing tag of an element already opened.
  const stack: Array<Node | string> = [root];
  while (stack.length > 0) {
    const item = stack.pop() as Node | string;
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) out.push(escapeText(item.nodeValue ?? ""));
    if (item.nodeType !== 1) continue;
    const tag = (item as Element).localName;
    if (DROPPED_WHOLE.has(tag)) continue;
    if (item !== root && KEPT.has(tag)) {
      out.push(`<${tag}>`);
      if (tag !== "br") stack.push(`</${tag}>`);
    }
    for (let child = item.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out.join("");
}

/** Sanitized markup as a detached <body>, ready to walk. */
export function sanitizeToBody(html: string): Node {
  const purify = getPurifier();
  const body = new (purifierWindow as JSDOM).window.DOMParser().parseFromString(html, "text/html").body;
  return purify.sanitize(prefilter(body), {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_FORBID_CONTENTS,
    RETURN_DOM: true,
  });
}
