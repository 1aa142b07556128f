import { describe, expect, it } from "vitest";
import { passageIdFromHash } from "./url-state";

describe("passageIdFromHash", () => {
  it("reads the passage a fragment names, decoded", () => {
    expect(passageIdFromHash("#news-p4")).toBe("news-p4");
    expect(passageIdFromHash("#doc%2D1-p3")).toBe("doc-1-p3");
    expect(passageIdFromHash("news-p4")).toBe("news-p4");
  });

  it("answers null for no fragment or a malformed escape, never throwing", () => {
    expect(passageIdFromHash("")).toBeNull();
    expect(passageIdFromHash("#")).toBeNull();
    expect(passageIdFromHash("#%E0%A4%A")).toBeNull();
    expect(passageIdFromHash("#%zz")).toBeNull();
  });
});
