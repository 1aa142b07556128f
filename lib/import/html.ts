import { Readability } from "@mozilla/readability";
import { UPLOAD_LIMITS } from "../limits";
import { serializeBlocks } from "./blocks";
import { countTags } from "./cost";
import { assertShallowMarkup, assertShallowTree } from "./depth";
import { domToBlocks } from "./dom-blocks";
import { cleanMeta, publishedDate, toIsoDate } from "./metadata";
import { inertDom, sanitizeToBody } from "./sanitize";
import type { ExtractedText } from "./types";

/** Sanitized HTML (a fragment or a whole page) → interchange text, with no content extraction. */
export function htmlToText(html: string): string {
  assertShallowMarkup(html);
  return serializeBlocks(domToBlocks(sanitizeToBody(html)));
}

/**
 * Readability slows down more than linearly with the number of elements (4,900 inline links: 3.3 s of
 * CPU); a page past UPLOAD_LIMITS.readabilityElements is read whole (sanitized) instead.
 */
function readArticle(doc: Document, html: string) {
  // Counted in the markup: a live `getElementsByTagName` collection would slow every later removal.
  if (countTags(html) > UPLOAD_LIMITS.readabilityElements) return null;
  return new Readability(doc, { keepClasses: false }).parse();
}

/**
 * An uploaded or pasted web page → its article text. The page is parsed inertly (no scripts, no
 * resources, no network; `url` is only recorded), Readability picks the main content and drops page
 * furniture, DOMPurify strips everything but text structure, and the result is written as blocks.
 */
export function extractHtml(html: string, options: { url?: string } = {}): ExtractedText {
  assertShallowMarkup(html);
  const dom = inertDom(html, options.url);
  try {
    const doc = dom.window.document;
    assertShallowTree(doc.documentElement);
    // Metadata first: Readability rewrites the document (it removes the JSON-LD scripts, for one).
    const meta = { title: cleanMeta(doc.title), publishedAt: publishedDate(doc) };
    const article = readArticle(doc, html);
    let text = article?.content ? htmlToText(article.content) : "";
    // Nothing recognisable as an article: keep every word of the page, sanitized.
    if (!text) text = htmlToText(html);
    return {
      title: cleanMeta(article?.title) ?? meta.title,
      byline: cleanMeta(article?.byline),
      publishedAt: toIsoDate(article?.publishedTime) ?? meta.publishedAt,
      text,
    };
  } finally {
    dom.window.close();
  }
}
