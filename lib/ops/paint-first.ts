/**
 * Reading pages paint first, then fetch and run the framework's scripts.
 *
 * Next puts its chunks in `<script async>` tags that the browser fetches as soon as it sees them and runs
 * as soon as they arrive. On a fast connection or a warm cache they arrive before the text is laid out,
 * and the paint waits for their evaluation and for hydration. On a reading page nothing needs the
 * scripts before the text is on screen, so this rewrite turns each tag into a call that queues its
 * chunk, and a small loader in the head adds the queued chunks once the page has painted text (its
 * first-contentful-paint entry), after at most `waitMs`, or at once in a hidden tab, which never paints.
 * Measured in docs/decisions/paint-first.md: the text paints about as soon as before (sooner where the
 * chunks used to run first); on a first visit over a slow network the controls answer ~0.3 s later.
 */
import "server-only";
import type { RequestHook } from "./request-hooks";

/** The reading pages: the default comparison and every other one, not its editor. */
export const isReadingPage = (path: string): boolean => path === "/" || /^\/compare\/[^/]+\/?$/.test(path);

/** Longest wait for the first paint before the scripts start anyway. */
export const PAINT_WAIT_MS = 500;

/** The browser side: queues chunks until the first contentful paint. Self-contained: sent as its source. */
export function paintFirstLoader(win: Window & typeof globalThis, waitMs: number): void {
  const doc = win.document;
  const nonce = (doc.currentScript as HTMLScriptElement | null)?.nonce ?? "";
  const queue: string[] = [];
  let open = false;
  const add = (src: string) => {
    const script = doc.createElement("script");
    script.src = src;
    script.async = true;
    script.nonce = nonce;
    doc.head.appendChild(script);
  };
  // The mark says when and why the chunks started: "paint", "wait" (no paint in time) or "now".
  const start = (why: string) => {
    if (open) return;
    open = true;
    win.performance?.mark?.(`paint-first:${why}`);
    for (const src of queue.splice(0)) add(src);
  };
  (win as unknown as Record<string, unknown>).__paintFirst = (src: string) =>
    open ? add(src) : queue.push(src);
  const types = win.PerformanceObserver?.supportedEntryTypes ?? [];
  if (doc.visibilityState !== "visible" || !types.includes("paint")) {
    start("now");
    return;
  }
  new win.PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    start("paint");
  }).observe({ type: "paint", buffered: true });
  win.setTimeout(() => start("wait"), waitMs);
}

/** Next's tag for a build chunk; src under /_next/static/ only. Attributes: async, nonce, in any order. */
const SCRIPT =
  /<script src="(\/_next\/static\/(?:[\w-]+\/)*[\w.-]+\.js)"((?: (?:async|nonce)="[^"]*")+)><\/script>/g;
/** Next's preload of a chunk: fetched early, it would still compete with the first paint. */
const PRELOAD = /<link rel="preload" as="script"(?: [\w-]+="[^"]*")* href="\/_next\/static\/[^"]+\.js"\/>/g;
const NONCE = / nonce="([^"]*)"/;

/** The loader as sent, built once rather than for every page. */
const LOADER = `(${paintFirstLoader.toString()})(self,${PAINT_WAIT_MS})`;

/** What the rewrite of one page has done so far: the loader goes in once, before the first chunk. */
export interface PaintFirstState {
  loaderSent: boolean;
}

/** `html` (a run of whole tags) with each async build chunk queued behind the loader, preloads dropped. */
export function queueScripts(html: string, state: PaintFirstState): string {
  return html.replace(PRELOAD, "").replace(SCRIPT, (tag, src: string, attributes: string) => {
    if (!attributes.includes(' async="')) return tag;
    const nonce = NONCE.exec(attributes)?.[1];
    const open = nonce === undefined ? "<script>" : `<script nonce="${nonce}">`;
    const call = `${open}__paintFirst(${JSON.stringify(src)})</script>`;
    if (state.loaderSent) return call;
    state.loaderSent = true;
    return `${open}${LOADER}</script>${call}`;
  });
}

/**
 * Where a chunk of HTML may be cut so that no tag, and no script element, straddles the cut: before an
 * unclosed `<`, or before a `<script` whose `</script>` has not arrived.
 */
export function safeCut(html: string): number {
  let cut = html.length;
  const lt = html.lastIndexOf("<");
  if (lt >= 0 && html.indexOf(">", lt) < 0) cut = lt;
  const open = html.lastIndexOf("<script");
  if (open >= 0 && html.indexOf("</script>", open) < 0) cut = Math.min(cut, open);
  return cut;
}

type Send = (chunk: unknown, ...rest: unknown[]) => unknown;

/**
 * Rewrites the streamed HTML of the pages `applies` accepts (by path). Installed after the stylesheet
 * hook, so it sees Next's own output; an incomplete tag at the end of a chunk waits for the next one.
 */
export function paintFirst(applies: (path: string) => boolean): RequestHook {
  return (request, response) => {
    if (request.method !== "GET" || !applies((request.url ?? "").split("?")[0] ?? "")) return;
    const patched = response as unknown as Record<"write" | "end", Send>;
    const original = { write: patched.write, end: patched.end };
    const state: PaintFirstState = { loaderSent: false };
    let carry = "";
    const isHtml = () =>
      String(response.getHeader("content-type") ?? "").startsWith("text/html") &&
      !response.hasHeader("content-length");
    patched.write = function (this: unknown, chunk, ...rest) {
      if (!(chunk instanceof Uint8Array) || !isHtml()) return original.write.call(this, chunk, ...rest);
      const text = carry + Buffer.from(chunk).toString("latin1");
      const cut = safeCut(text);
      carry = text.slice(cut);
      return original.write.call(
        this,
        Buffer.from(queueScripts(text.slice(0, cut), state), "latin1"),
        ...rest,
      );
    };
    patched.end = function (this: unknown, chunk, ...rest) {
      const bytes = typeof chunk === "string" || chunk instanceof Uint8Array ? Buffer.from(chunk) : null;
      if (carry === "" && (bytes === null || !isHtml())) return original.end.call(this, chunk, ...rest);
      const text = queueScripts(carry + (bytes?.toString("latin1") ?? ""), state);
      carry = "";
      // Without a body, `chunk` is the callback (or nothing): it moves behind the rewritten text.
      const after = bytes === null ? [chunk, ...rest] : rest;
      return original.end.call(this, Buffer.from(text, "latin1"), ...after);
    };
  };
}
