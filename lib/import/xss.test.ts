import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractHtml } from "./html";
import { importText } from "./index";
import { normalizeText } from "./markdown";
import { XSS_MARKUP } from "./test-fixtures";
import { htmlTokens, readBack } from "./test-support";

const VISIBLE = [
  "The council met on Tuesday to discuss the ceasefire proposal.",
  "Delegates from both sides said the talks had been constructive.",
  "A final vote is expected next week, officials said.",
];

const VECTORS = `
<script>alert("script")</script>
<img src=x onerror="alert('img')">
<svg onload="alert('svg')"><script>alert('svg script')</script></svg>
<iframe src="javascript:alert('iframe')"></iframe>
<a href="javascript:alert('link')">tap</a>
<object data="javascript:alert('object')"></object>
<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">
<style>body{background:url("javascript:alert('style')")}</style>
<math><mtext><table><mglyph><style><img src=x onerror=alert('math')></style></mglyph></table></mtext></math>
<math><mi><mglyph><svg><mtext><textarea><a title="</textarea><img src=x onerror=alert('mxss')>"></a></textarea></mtext></svg></mglyph></mi></math>
<form action="javascript:alert('form')"><input type=submit value=go></form>
<details open ontoggle="alert('details')"><summary>more</summary></details>
<a href="data:text/html,<script>alert('data')</script>">data</a>
<meta http-equiv="refresh" content="0;url=javascript:alert('meta')">
<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert('entity')">entity</a>
<template><script>alert('template')</script></template>
`;

/** Per the HTML parser, the real </noscript> is ignored here, so this swallows what follows: it goes last. */
const NOSCRIPT = `<noscript><p title="</noscript><img src=x onerror=alert('noscript')>"></noscript>`;

const PAGE = `<html><head><title>Council meets</title><meta http-equiv="refresh" content="0;url=javascript:alert(1)"></head>
<body onload="alert('body')"><article>${VISIBLE.map((p, i) => `<p>${p}</p>${i === 1 ? VECTORS : ""}`).join("\n")}</article>${VECTORS}${NOSCRIPT}</body></html>`;

function expectClean(text: string): void {
  const lower = text.toLowerCase();
  for (const needle of XSS_MARKUP) expect(lower).not.toContain(needle);
  expect(htmlTokens(text).every((raw) => /^<figcaption>[^<>]*<\/figcaption>\s*$/.test(raw))).toBe(true);
}

describe("XSS: HTML imports", () => {
  it("removes every vector and keeps the article's words", () => {
    const { text } = extractHtml(PAGE);
    expectClean(text);
    for (const paragraph of VISIBLE) expect(readBack(text).blocks.map((b) => b.text)).toContain(paragraph);
    expect(extractHtml(`<p>Before.</p>${NOSCRIPT}<p>After.</p>`).text).toBe("Before.");
  });

  it("is clean on the fallback path too (no article found)", () => {
    expectClean(extractHtml(VECTORS).text);
    expectClean(extractHtml(`<body onload="alert(1)">${VECTORS}</body>`).text);
  });

  it("keeps dangerous-looking words that were text in the source, escaped as text", () => {
    const { text } = extractHtml(
      "<article><p>The attacker typed &lt;script&gt;alert(1)&lt;/script&gt; into the form.</p></article>",
    );
    expect(readBack(text)).toEqual({
      blocks: [{ type: "paragraph", text: "The attacker typed <script>alert(1)</script> into the form." }],
      markup: [],
    });
    expect(htmlTokens(text)).toEqual([]);
  });
});

describe("XSS: Markdown imports", () => {
  it("removes raw HTML vectors and keeps the Markdown's words", () => {
    const md = `# Council meets\n\n${VISIBLE[0]}\n\n${VECTORS}\n\n${VISIBLE[1]} <img src=x onerror=alert(1)> [tap](javascript:alert(1))\n\n${VISIBLE[2]}\n\n${NOSCRIPT}\n`;
    const text = normalizeText(md, "markdown");
    expectClean(text);
    const words = readBack(text).blocks.map((b) => b.text);
    expect(words).toContain(VISIBLE[0]);
    expect(words).toContain(`${VISIBLE[1]} tap`);
    expect(words).toContain(VISIBLE[2]);
  });

  it("never lets a figcaption carry markup", () => {
    const text = normalizeText(
      '<figcaption onclick="x()">Cap <img src=x onerror=alert(1)></figcaption>',
      "markdown",
    );
    expect(text).toBe("<figcaption>Cap</figcaption>");
  });

  it("property: for any input, marked reads no HTML but plain-text figcaptions", () => {
    const pieces = fc.constantFrom(
      "<script>",
      "</script>",
      "<figcaption>",
      "</figcaption>",
      "<img src=x onerror=a()>",
      "<svg onload=a()>",
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "<?",
      "<a href='javascript:x'>",
      "&lt;",
      "&#60;",
      "\\",
      "`",
      "*",
      "_",
      "[x](y)",
      "\n",
      "\n\n",
      "> ",
      "- ",
      "# ",
      "1. ",
      "    ",
      "<div>",
      "</div>",
      "<pre>",
    );
    const input = fc.oneof(
      fc.string(),
      fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 })), { maxLength: 30 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(input, (s) => {
        const { text } = importText(s, "markdown");
        for (const raw of htmlTokens(text)) expect(raw).toMatch(/^<figcaption>[^<>]*<\/figcaption>\s*$/);
      }),
      { numRuns: 300 },
    );
  });
});
