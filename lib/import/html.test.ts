import { describe, expect, it } from "vitest";
import { extractHtml } from "./html";
import {
  ARTICLE_CAPTION,
  ARTICLE_HEADING,
  ARTICLE_LIST,
  ARTICLE_PAGE,
  ARTICLE_PARAGRAPHS,
  ARTICLE_QUOTE,
  FURNITURE,
} from "./test-fixtures";
import { readBack } from "./test-support";

describe("extractHtml on an article page", () => {
  const result = extractHtml(ARTICLE_PAGE, { url: "https://news.example.com/israel-russia" });
  const { blocks, markup } = readBack(result.text);

  it("reads the page's metadata", () => {
    expect(result.title).toBe("Israel keeps its distance from Moscow");
    expect(result.byline).toBe("Dana Levi");
    expect(result.publishedAt).toBe("2024-03-19");
  });

  it("keeps the article's words verbatim, typed block by block, in order", () => {
    expect(markup).toEqual([]);
    expect(blocks).toEqual([
      { type: "paragraph", text: ARTICLE_PARAGRAPHS[0] },
      { type: "caption", text: ARTICLE_CAPTION },
      { type: "paragraph", text: ARTICLE_PARAGRAPHS[1] },
      { type: "heading", text: ARTICLE_HEADING },
      { type: "quote", text: ARTICLE_QUOTE },
      { type: "paragraph", text: ARTICLE_PARAGRAPHS[2] },
      { type: "paragraph", text: "The disputes fall into three areas:" },
      ...ARTICLE_LIST.map((text) => ({ type: "list-item", text })),
      { type: "paragraph", text: ARTICLE_PARAGRAPHS[3] },
    ]);
  });

  it("drops navigation, header, footer, newsletter box, scripts and styles", () => {
    for (const furniture of FURNITURE) expect(result.text).not.toContain(furniture);
    expect(result.text).not.toMatch(/dataLayer|color: red|tracker/);
  });
});

describe("extractHtml on other pages", () => {
  it("falls back to the whole sanitized page when Readability finds no article", () => {
    const result = extractHtml("<html><body><span>Only a few words.</span></body></html>");
    expect(result.text).toBe("Only a few words.");
    expect(result).toMatchObject({ title: null, byline: null, publishedAt: null });
  });

  it("keeps adjacent blocks apart and reads <br><br> as a paragraph break", () => {
    const result = extractHtml(
      "<div>First block.</div><div>Second block.</div><p>Line one<br><br>Line two<br>same</p>",
    );
    expect(readBack(result.text).blocks.map((b) => b.text)).toEqual([
      "First block.",
      "Second block.",
      "Line one",
      "Line two same",
    ]);
  });

  it("escapes article words that look like Markdown", () => {
    const html =
      "<article><p># 1 is not a heading</p><p>1. Nor a list; *stars* stay <i>words</i> &lt;b&gt;</p></article>";
    expect(readBack(extractHtml(html).text)).toEqual({
      blocks: [
        { type: "paragraph", text: "# 1 is not a heading" },
        { type: "paragraph", text: "1. Nor a list; *stars* stay words <b>" },
      ],
      markup: [],
    });
  });

  it("finds the date in JSON-LD or a <time datetime>, never inventing one", () => {
    const jsonLd = `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-04-18T10:00:00+03:00"}]}</script>`;
    expect(extractHtml(`<html><head>${jsonLd}</head><body><p>Text.</p></body></html>`).publishedAt).toBe(
      "2021-04-18",
    );
    expect(extractHtml('<p>Text.</p><time datetime="2023-04-27">April 27</time>').publishedAt).toBe(
      "2023-04-27",
    );
    expect(extractHtml('<meta name="date" content="2023-02-30"><p>Text.</p>').publishedAt).toBeNull();
  });

  it("refuses pathologically nested pages quickly instead of stalling", () => {
    const deep = `${"<div>".repeat(300)}<p>Deep.</p>${"</div>".repeat(300)}`;
    expect(() => extractHtml(deep)).toThrow(/nested more than 200 levels/);
    expect(() => extractHtml("<div>".repeat(50_000))).toThrow(/nested more than 200 levels/);
  });
});
