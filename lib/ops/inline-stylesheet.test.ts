import { once } from "node:events";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  inlineStylesheet,
  inlineStylesheets,
  MAX_INLINE_BYTES,
  type ReadStylesheet,
  stylesheetReader,
} from "./inline-stylesheet";
import { compress, installRequestHooks } from "./request-hooks";

const HREF = "/_next/static/chunks/a1.css";
const LINK = `<link rel="stylesheet" href="${HREF}" nonce="n0" data-precedence="next"/>`;
const page = (head: string, body = "<p>Grüße</p>") =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}<title>t</title></head><body>${body}</body></html>`;
const css: ReadStylesheet = (href) => (href === HREF ? 'p{content:"→"}' : null);
const run = (html: string, read = css) => inlineStylesheets(Buffer.from(html), read).toString("utf8");

describe("inlineStylesheets", () => {
  it("puts the stylesheet in the head and keeps its link, disabled, for React to find", () => {
    const out = run(page(LINK));
    expect(out).toContain(`<style data-inlined="${HREF}">p{content:"→"}</style>`);
    expect(out).toContain(
      `<link rel="stylesheet" href="${HREF}" disabled nonce="n0" data-precedence="next"/>`,
    );
    expect(out.indexOf("<style")).toBeLessThan(out.indexOf("<title>"));
    expect(out).toContain("<p>Grüße</p>");
  });

  it("leaves links it cannot read, links outside the build, and the body alone", () => {
    const other = `<link rel="stylesheet" href="/_next/static/chunks/b2.css"/>`;
    const outside = `<link rel="stylesheet" href="/theme.css"/>`;
    const climbing = `<link rel="stylesheet" href="/_next/static/../../secret.css"/>`;
    for (const head of [other, outside, climbing]) expect(run(page(head))).toBe(page(head));
    expect(run(page("", LINK))).toBe(page("", LINK));
    expect(run(`<head>${LINK}`)).toBe(`<head>${LINK}`); // no end of head in this chunk
  });

  it("never inlines text that could close the style element", () => {
    expect(run(page(LINK), () => "a{}</style><script>x()</script>")).toBe(page(LINK));
  });
});

describe("stylesheetReader", () => {
  it("reads from the build folder once, and not a sheet too large to inline", () => {
    const dist = mkdtempSync(path.join(tmpdir(), "parallax-css-"));
    mkdirSync(path.join(dist, "static/chunks"), { recursive: true });
    writeFileSync(path.join(dist, "static/chunks/a1.css"), "a{}");
    writeFileSync(path.join(dist, "static/chunks/big.css"), "a{}".repeat(MAX_INLINE_BYTES));
    const read = stylesheetReader(dist);
    expect(read(HREF)).toBe("a{}");
    writeFileSync(path.join(dist, "static/chunks/a1.css"), "changed{}");
    expect(read(HREF)).toBe("a{}");
    expect(read("/_next/static/chunks/big.css")).toBeNull();
    expect(read("/_next/static/chunks/none.css")).toBeNull();
  });
});

describe("the hooks on a server", () => {
  it("inline the stylesheet into streamed pages, compressed afterwards, and nothing else", async () => {
    installRequestHooks([compress(), inlineStylesheet(css)]);
    const server = http.createServer((request, response) => {
      const html = request.url === "/page";
      response.setHeader("Content-Type", html ? "text/html; charset=utf-8" : "application/json");
      const body = html ? page(LINK, "<p>x</p>".repeat(400)) : JSON.stringify({ head: page(LINK) });
      response.write(Buffer.from(body.slice(0, 200)));
      response.end(Buffer.from(body.slice(200)));
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const html = await fetch(`${base}/page`, { headers: { "Accept-Encoding": "br" } });
      expect(html.headers.get("content-encoding")).toBe("br");
      expect(await html.text()).toContain(`<style data-inlined="${HREF}">`);
      const json = await (await fetch(`${base}/json`)).json();
      expect(json.head).toBe(page(LINK));
    } finally {
      installRequestHooks([]);
      server.close();
    }
  });
});
