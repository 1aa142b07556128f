import { describe, expect, it } from "vitest";
import { UPLOAD_LIMITS } from "../limits";
import { countMarkdownElements, countTags, estimateImport, importCostProblem } from "./cost";
import { importFile } from "./index";

describe("the upload cost estimate (linear scans, no parser)", () => {
  it("counts start tags, not end tags, comments or text", () => {
    expect(countTags("<p>x</p><!-- <b> --><a href='/'>y</a> 3 < 4")).toBe(3);
    expect(countTags("<p>x</p>".repeat(20_000))).toBe(20_000);
  });

  it("counts what Markdown would render: blocks, list items, nested markers, cells, raw tags", () => {
    expect(countMarkdownElements("One paragraph\nwrapped over lines.")).toBe(1);
    expect(countMarkdownElements("- x\n".repeat(1000))).toBe(1001);
    expect(countMarkdownElements(`${"- ".repeat(50)}x`)).toBe(51);
    expect(countMarkdownElements(">".repeat(100))).toBe(101);
    expect(countMarkdownElements("| a | b |\n|---|---|\n| 1 | 2 |")).toBe(10);
    expect(countMarkdownElements("Text with <b>bold</b> and *em*.")).toBe(3);
  });

  it("weighs plain text by length only", () => {
    expect(estimateImport("a\n".repeat(1000), "text")).toEqual({ elements: 0, ms: 2 });
  });
});

describe("admission of uploads", () => {
  it("refuses up front what is over the element limit, naming it, and accepts what is at it", () => {
    const at = estimateImport("<p>x</p>".repeat(UPLOAD_LIMITS.maxElements), "html");
    expect(importCostProblem(at, "html")).toBeNull();
    const over = estimateImport("<p>x</p>".repeat(UPLOAD_LIMITS.maxElements + 1), "html");
    expect(importCostProblem(over, "html")).toMatch(
      /^This page has 10,001 elements .*; the limit is 10,000\./,
    );
  });

  it("importFile refuses the review's shapes before parsing them (fast, typed)", () => {
    const shapes = [
      { name: "a.html", content: "<p>x</p>".repeat(250_000) },
      { name: "a.html", content: `<nav>${'<a href="/x">link</a>'.repeat(20_000)}</nav>` },
      { name: "a.md", content: "- x\n".repeat(500_000) },
      {
        name: "a.md",
        content: `| a | b | c | d |\n|---|---|---|---|\n${"| 1 | 2 | 3 | 4 |\n".repeat(9_500)}`,
      },
    ];
    for (const file of shapes) {
      const started = performance.now();
      expect(() => importFile(file)).toThrow(expect.objectContaining({ code: "too-large" }));
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
