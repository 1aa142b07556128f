/**
 * The build's stylesheet, inlined into the head of each page as it leaves the server.
 *
 * A `<link rel="stylesheet">` blocks the first paint until a second request comes back: one round trip,
 * during which the framework's scripts arrive and run, so the page paints after them. Inlined, the page
 * paints as soon as its first bytes are parsed. Next's own `experimental.inlineCss` does this too, but
 * also copies the CSS twice into the page's RSC payload (see docs/decisions/reader-comparison-first.md);
 * here it is in the HTML once. The link stays, `disabled`, so React still finds the stylesheet it
 * rendered and client navigations do not fetch it again; a disabled link is never fetched at all. (It was
 * `media="print"` at first: fetched anyway, at the lowest priority, and when that download ended before
 * the first paint, Lighthouse counted it into the simulated LCP: 1.8 s against 1.1 s.)
 */
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { RequestHook } from "./request-hooks";

/** Next's tag for a build stylesheet; hrefs under /_next/static/ only, so no path can leave the build. */
const LINK = /<link rel="stylesheet" href="(\/_next\/static\/(?:[\w-]+\/)*[\w.-]+\.css)"([^>]*?)\/?>/g;
/** Above this the page would carry more than the stylesheet saves; such a sheet stays linked. */
export const MAX_INLINE_BYTES = 64 * 1024;

export type ReadStylesheet = (href: string) => string | null;

/**
 * `html` (one chunk of a page, UTF-8 bytes) with each build stylesheet in its `<head>` inlined before
 * its link, which is disabled. Unchanged when it holds none or `read` has no text for it.
 */
export function inlineStylesheets(html: Buffer, read: ReadStylesheet): Buffer {
  // latin1 maps bytes one to one, so positions found in it are byte offsets; the tags are ASCII.
  const text = html.toString("latin1");
  const headEnd = text.indexOf("</head>");
  if (headEnd < 0) return html;
  const parts: Buffer[] = [];
  let from = 0;
  for (const match of text.slice(0, headEnd).matchAll(LINK)) {
    const [tag, href = "", rest = ""] = match;
    const css = href.includes("..") ? null : read(href);
    if (css === null || css.includes("</")) continue;
    parts.push(html.subarray(from, match.index));
    parts.push(Buffer.from(`<style data-inlined="${href}">${css}</style>`, "utf8"));
    parts.push(Buffer.from(`<link rel="stylesheet" href="${href}" disabled${rest}/>`, "latin1"));
    from = match.index + tag.length;
  }
  if (from === 0) return html;
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
}

/** Reads a build stylesheet from `distDir` once; null when missing or too large to inline. */
export function stylesheetReader(distDir: string): ReadStylesheet {
  const cache = new Map<string, string | null>();
  return (href) => {
    if (!cache.has(href)) {
      let css: string | null = null;
      try {
        const buffer = readFileSync(path.join(distDir, href.slice("/_next/".length)));
        css = buffer.length <= MAX_INLINE_BYTES ? buffer.toString("utf8") : null;
      } catch {
        css = null;
      }
      cache.set(href, css);
    }
    return cache.get(href) ?? null;
  };
}

type Send = (chunk: unknown, ...rest: unknown[]) => unknown;

/**
 * Rewrites the first chunk of each streamed HTML page (Next sends the whole `<head>` in it). Installed
 * after the compression hook, so it sees the page before it is compressed.
 */
export function inlineStylesheet(read: ReadStylesheet): RequestHook {
  return (request, response) => {
    if (request.method !== "GET") return;
    const patched = response as unknown as Record<"write" | "end", Send>;
    const original = { write: patched.write, end: patched.end };
    const restore = () => Object.assign(patched, original);
    for (const name of ["write", "end"] as const) {
      patched[name] = function (this: unknown, chunk, ...rest) {
        restore();
        const type = String(response.getHeader("content-type") ?? "");
        const html = type.startsWith("text/html") && !response.hasHeader("content-length");
        const first =
          html && chunk instanceof Uint8Array ? inlineStylesheets(Buffer.from(chunk), read) : chunk;
        return original[name].call(this, first, ...rest);
      };
    }
  };
}
