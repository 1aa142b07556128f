import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import {
  isReadingPage,
  PAINT_WAIT_MS,
  type PaintFirstState,
  paintFirst,
  queueScripts,
  safeCut,
} from "./paint-first";
import { compress, installRequestHooks } from "./request-hooks";

const chunk = (name: string, order: "async-first" | "nonce-first" = "async-first") =>
  order === "async-first"
    ? `<script src="/_next/static/chunks/${name}.js" async="" nonce="n0"></script>`
    : `<script src="/_next/static/chunks/${name}.js" nonce="n0" async=""></script>`;
const PRELOAD = `<link rel="preload" as="script" fetchPriority="low" nonce="n0" href="/_next/static/chunks/main.js"/>`;
const POLYFILL = `<script src="/_next/static/chunks/poly.js" noModule="" nonce="n0"></script>`;
const FLIGHT = `<script>self.__next_f.push([1,"a\\u003cb"])</script>`;
const page = () =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${PRELOAD}${chunk("a")}${chunk("b")}${POLYFILL}</head>` +
  `<body><p>Grüße &lt;script src=&quot;x&quot;&gt;</p>${chunk("main", "nonce-first")}${FLIGHT}</body></html>`;
const rewrite = (html: string) => queueScripts(html, { loaderSent: false });

describe("queueScripts", () => {
  it("queues each async build chunk behind one loader, in document order, and drops their preloads", () => {
    const out = rewrite(page());
    expect(out).not.toContain(PRELOAD);
    expect(out).not.toMatch(/<script src="[^"]+" (async|nonce)/);
    const calls = [...out.matchAll(/__paintFirst\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(calls).toEqual([
      "/_next/static/chunks/a.js",
      "/_next/static/chunks/b.js",
      "/_next/static/chunks/main.js",
    ]);
    expect(out.split(`(self,${PAINT_WAIT_MS})`).length).toBe(2);
    expect(out.indexOf(`,${PAINT_WAIT_MS})</script>`)).toBeLessThan(out.indexOf('__paintFirst("'));
    // The calls and the loader keep the page's nonce, so its CSP still runs them.
    expect(out.match(/<script nonce="n0">/g)?.length).toBe(4);
  });

  it("leaves the polyfill, inline scripts, text and scripts outside the build as they are", () => {
    const out = rewrite(page());
    for (const kept of [POLYFILL, FLIGHT, "<p>Grüße &lt;script src=&quot;x&quot;&gt;</p>"])
      expect(out).toContain(kept);
    const foreign = `<script src="https://cdn.example/x.js" async=""></script>`;
    const sync = `<script src="/_next/static/chunks/s.js" nonce="n0"></script>`;
    expect(rewrite(foreign + sync)).toBe(foreign + sync);
  });

  it("sends the loader once across the chunks of one page", () => {
    const state: PaintFirstState = { loaderSent: false };
    const first = queueScripts(chunk("a"), state);
    const second = queueScripts(chunk("b"), state);
    expect(first).toContain("(self,");
    expect(second).toBe(`<script nonce="n0">__paintFirst("/_next/static/chunks/b.js")</script>`);
  });
});

describe("safeCut", () => {
  it("holds back an unfinished tag and an unclosed script", () => {
    expect(safeCut("<p>a</p><scr")).toBe(8);
    expect(safeCut(`<p>a</p>${chunk("a").slice(0, 40)}`)).toBe(8);
    expect(safeCut(`<p>a</p><script>self.x=1`)).toBe(8);
    expect(safeCut(`<p>a</p>${FLIGHT}`)).toBe(8 + FLIGHT.length);
  });

  it("lets a page cut anywhere come out as the whole page does", () => {
    const html = page();
    const whole = rewrite(html);
    for (let at = 1; at < html.length; at++) {
      const state: PaintFirstState = { loaderSent: false };
      const head = html.slice(0, at);
      const cut = safeCut(head);
      const out =
        queueScripts(head.slice(0, cut), state) + queueScripts(head.slice(cut) + html.slice(at), state);
      expect(out, `cut at ${at}`).toBe(whole);
    }
  });
});

describe("isReadingPage", () => {
  it("takes the reader's pages, not the editor, classes or imports", () => {
    for (const path of ["/", "/compare/israel-russia", "/compare/a-b/"])
      expect(isReadingPage(path), path).toBe(true);
    for (const path of ["/compare/a/edit", "/compare", "/classes/x/student", "/import", "/api/comparisons"])
      expect(isReadingPage(path), path).toBe(false);
  });
});

describe("the hook on a server", () => {
  it("rewrites the pages it applies to, in any chunking, compressed afterwards, and nothing else", async () => {
    installRequestHooks([compress(), paintFirst((path) => path === "/")]);
    const html = page() + "<p>x</p>".repeat(400);
    const server = http.createServer((request, response) => {
      response.setHeader("Content-Type", request.url === "/?data" ? "application/json" : "text/html");
      const bytes = Buffer.from(request.url === "/?data" ? JSON.stringify({ html }) : html);
      // Cut in the middle of a tag and of a UTF-8 character.
      const cuts = [30, bytes.indexOf("Grüße") + 3, bytes.lastIndexOf("main.js")];
      let from = 0;
      for (const at of cuts) {
        response.write(bytes.subarray(from, at));
        from = at;
      }
      response.end(bytes.subarray(from));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const reader = await fetch(`${base}/?view=full`, { headers: { "Accept-Encoding": "br" } });
      expect(reader.headers.get("content-encoding")).toBe("br");
      expect(await reader.text()).toBe(rewrite(html));
      expect(await (await fetch(`${base}/classes/new`)).text()).toBe(html);
      expect((await (await fetch(`${base}/?data`)).json()).html).toBe(html);
    } finally {
      installRequestHooks([]);
      server.close();
    }
  });
});
