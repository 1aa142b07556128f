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

/** One long-lived purifier window: creating a jsdom per request would double the cost of an import. */
function getPurifier(): DOMPurify {
  purifier ??= createDOMPurify(inertDom("<!doctype html><html><body></body></html>").window);
  return purifier;
}

/** Sanitized markup as a detached <body>, ready to walk. */
export function sanitizeToBody(html: string): Node {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_FORBID_CONTENTS,
    RETURN_DOM: true,
  });
}
