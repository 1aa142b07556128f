import { describe, expect, it } from "vitest";
import { normalizeText } from "./markdown";
import { readBack } from "./test-support";

describe("normalizeText (markdown)", () => {
  it("keeps block structure and words, normalising only whitespace and line endings", () => {
    const md =
      "Title\r\n=====\r\n\r\nA   paragraph\r\nwrapped over *two* lines.\r\n\r\n\r\n\r\n" +
      "* one\n* two\n\n1. first\n\n> Quoted\n> text.\n\n<figcaption>A caption</figcaption>\n\n## Sub #\n";
    expect(normalizeText(md, "markdown")).toBe(
      "# Title\n\nA paragraph wrapped over two lines.\n\n- one\n- two\n- first\n\n> Quoted text.\n\n" +
        "<figcaption>A caption</figcaption>\n\n# Sub",
    );
  });

  it("removes raw HTML but keeps the words of harmless markup", () => {
    const md = "Intro <span>kept</span> words.\n\n<div>\nBlock words.\n</div>\n\n<script>alert(1)</script>\n";
    expect(normalizeText(md, "markdown")).toBe("Intro kept words.\n\nBlock words.");
  });

  it("keeps link text and drops the link target", () => {
    expect(normalizeText("See [the report](javascript:alert(1)).", "markdown")).toBe("See the report.");
  });
});

describe("normalizeText (text)", () => {
  it("keeps paragraphs separated by blank lines, folding line breaks inside them", () => {
    expect(normalizeText("One\r\nparagraph.\r\n\r\n \r\nTwo.  \n", "text")).toBe("One paragraph.\n\nTwo.");
  });

  it("treats each line as a paragraph when the text has no blank line", () => {
    expect(normalizeText("First.\nSecond.\n", "text")).toBe("First.\n\nSecond.");
  });

  it("escapes block markers and inline markup so every line stays a paragraph of the same words", () => {
    const lines = ["# Not a heading", "- not a list", "> not a quote", "1. not ordered", "<b>raw</b> *a*"];
    const { blocks, markup } = readBack(normalizeText(lines.join("\n\n"), "text"));
    expect(markup).toEqual([]);
    expect(blocks).toEqual(lines.map((text) => ({ type: "paragraph", text })));
  });
});
