import { describe, expect, it } from "vitest";
import { type Block, serializeBlocks } from "./blocks";
import { readBack } from "./test-support";

const TRICKY = [
  "# not a heading",
  "#hashtag at the start",
  "- not a list item",
  "+ not either",
  "* nor this",
  "> not a quote",
  "1. not an ordered item",
  "2024) a year in parentheses",
  "<div>not html</div> and <script>alert(1)</script>",
  "---",
  "***",
  "___",
  "===",
  "```",
  "~~~ fence",
  "    indented",
  "| a | b |",
  "[ref]: https://example.com",
  "![image](x.png)",
  "*stars* and _underscores_ and `code` and ~tilde~ and ~~strike~~",
  "snake_case_name and 2*3*4",
  "a [link](https://example.com) and <https://example.com>",
  "a backslash \\* before a star and a lone \\ here",
  "AT&T and &amp; and &#169; and &copy; stay as written",
  "Ends with a hash #",
  "C# and F# ##",
  "“Typographic quotes” and ‘single’ ones",
  "<!-- comment -->",
  "Visit www.example.com or mail someone@example.com",
];

const TYPES: Block["type"][] = ["paragraph", "heading", "list-item", "quote", "caption"];

describe("serializeBlocks", () => {
  it.each(TYPES)("writes %s blocks that marked reads back with the same type and words", (type) => {
    const blocks = TRICKY.map((text) => ({ type, text }));
    const { blocks: back, markup } = readBack(serializeBlocks(blocks));
    expect(markup).toEqual([]);
    expect(back).toEqual(blocks.map((b) => ({ ...b, text: b.text.replace(/\s+/g, " ").trim() })));
  });

  it("separates blocks by one blank line and groups consecutive list items into one list", () => {
    const text = serializeBlocks([
      { type: "heading", text: "Title" },
      { type: "paragraph", text: "  First\n paragraph. " },
      { type: "list-item", text: "one" },
      { type: "list-item", text: "two" },
      { type: "quote", text: "Quoted." },
      { type: "quote", text: "Quoted again." },
      { type: "caption", text: "A <b>caption</b> & more" },
      { type: "paragraph", text: "   " },
    ]);
    expect(text).toBe(
      "# Title\n\nFirst paragraph.\n\n- one\n- two\n\n> Quoted.\n\n> Quoted again.\n\n" +
        "<figcaption>A &lt;b&gt;caption&lt;/b&gt; &amp; more</figcaption>",
    );
  });
});

describe("readBack (the test reader)", () => {
  it("reports unescaped markup, so the round-trip tests can fail", () => {
    expect(readBack("*a* <b>x</b>").markup).toHaveLength(3);
    expect(readBack("<div>x</div>").markup).toEqual(["html: <div>x</div>"]);
    expect(readBack("- - x").markup).toHaveLength(1);
  });
});
