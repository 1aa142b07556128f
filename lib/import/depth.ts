import { UPLOAD_LIMITS } from "../limits";
import { ImportError } from "./types";

/**
 * Parsing, sanitizing and Readability all slow down steeply with nesting (500 levels take seconds, a few
 * thousand stall the server or overflow the stack). Real article pages stay well under 100 levels.
 */
export const MAX_DEPTH = UPLOAD_LIMITS.maxDepth;

/** Tags that never nest or are usually left unclosed: counting them would flag ordinary sloppy HTML. */
const UNCOUNTED = new Set(
  (
    "area base br col embed hr img input link meta source track wbr param keygen " +
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rt rp"
  ).split(" "),
);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/**
 * A linear pre-scan of the markup, before any parser sees it: open minus closed tags, an upper bound
 * on the depth of the tree for well-formed pages. Generous (5× MAX_DEPTH) because unclosed tags inflate it.
 */
export function assertShallowMarkup(html: string): void {
  let depth = 0;
  for (const match of html.matchAll(TAG)) {
    const tag = (match[2] ?? "").toLowerCase();
    if (UNCOUNTED.has(tag) || match[3]) continue;
    depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > 5 * MAX_DEPTH) throw tooDeep();
  }
}

/**
 * The parsed tree, measured exactly (iteratively: the check itself must not overflow). Sibling pointers,
 * not `children`: jsdom keeps every live collection up to date on each later removal, which made closing
 * a 20,000-element page quadratic (seconds).
 */
export function assertShallowTree(root: Element): void {
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > MAX_DEPTH) throw tooDeep();
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      stack.push([child, depth + 1]);
  }
}

function tooDeep(): ImportError {
  return new ImportError("unreadable", `This text is nested more than ${MAX_DEPTH} levels deep to be read.`);
}
