import { Readability } from "@mozilla/readability";
import { serializeBlocks } from "./blocks";
import { domToBlocks } from "./dom-blocks";
import { cleanMeta, publishedDate } from "./metadata";
import { inertDom, sanitizeToBody } from "./sanitize";
import type { ExtractedText } from "./types";

/** Sanitized HTML (a fragment or a whole page) → interchange text, with no content extraction. */
export function htmlToText(html: string): string {
  return serializeBlocks(domToBlocks(sanitizeToBody(html)));
}

/**
 * An uploaded or pasted web page → its article text. The page is parsed inertly (no scripts, no
 * resources, no network; `url` is only recorded), Readability picks the main content and drops page
 * furniture, DOMPurify strips everything but text structure, and the result is written as blocks.
 */
export function extractHtml(html: string, options: { url?: string } = {}): ExtractedText {
  const dom = inertDom(html, options.url);
  try {
    const doc = dom.window.document;
    // Readability rewrites the document it reads; the original stays intact for metadata and fallback.
    const article = new Readability(doc.cloneNode(true) as Document, { keepClasses: false }).parse();
    let text = article?.content ? htmlToText(article.content) : "";
    if (!text) text = htmlToText(doc.body?.innerHTML ?? "");
    return {
      title: cleanMeta(article?.title) ?? cleanMeta(doc.title),
      byline: cleanMeta(article?.byline),
      publishedAt: publishedDate(doc, article?.publishedTime),
      text,
    };
  } finally {
    dom.window.close();
  }
}
