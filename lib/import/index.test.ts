import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS, ImportError, importFile, importText } from "./index";
import { extractedTextSchema, extractRequestSchema } from "./schema";

describe("importFile", () => {
  it("dispatches by extension, case-insensitively", () => {
    expect(importFile({ name: "a.TXT", content: "# x" }).text).toBe("\\# x");
    expect(importFile({ name: "a.md", content: "# x" }).text).toBe("# x");
    expect(importFile({ name: "a.markdown", content: "*x*" }).text).toBe("x");
    expect(importFile({ name: "page.htm", content: "<p>x</p>" }).text).toBe("x");
    const html = importFile({ name: "page.html", content: "<title>T</title><p>x</p>" });
    expect(extractedTextSchema.parse(html)).toEqual({
      title: "T",
      byline: null,
      publishedAt: null,
      text: "x",
    });
  });

  it("refuses other file types with a typed error", () => {
    expect(() => importFile({ name: "report.pdf", content: "" })).toThrow(ImportError);
    expect(() => importFile({ name: "no-extension", content: "" })).toThrow(/use a \.txt, \.md/);
  });

  it("refuses content over the byte limit (counted in UTF-8)", () => {
    const content = "é".repeat(IMPORT_LIMITS.maxBytes / 2 + 1);
    expect(() => importText(content, "text")).toThrow(expect.objectContaining({ code: "too-large" }));
  });

  it("turns a parser stack overflow into an ImportError", () => {
    expect(() => importText(`${">".repeat(50_000)} x`, "markdown")).toThrow(ImportError);
  });
});

describe("extractRequestSchema", () => {
  it("names the failing field", () => {
    const result = extractRequestSchema.safeParse({ name: "x.exe", content: 3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["name", "content"]);
  });
});
