import { describe, expect, it } from "vitest";
import { ALIGN_LIMITS, alignRequestSchema, exceedsLimits } from "./schema";

const doc = (text = "Some text.") => ({ text });

describe("alignRequestSchema", () => {
  it("accepts two to four documents with optional titles and topics", () => {
    const ok = alignRequestSchema.safeParse({
      documents: [{ title: "A", text: "One." }, doc()],
      topics: [{ id: "un-votes", label: "UN votes", keywords: ["veto"] }],
    });
    expect(ok.success).toBe(true);
  });

  it("rejects bad input with field paths", () => {
    const paths = (input: unknown) =>
      alignRequestSchema.safeParse(input).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths({ documents: [doc()] })).toEqual(["documents"]);
    expect(paths({ documents: [doc(), doc("   \n ")] })).toEqual(["documents.1.text"]);
    expect(paths({ documents: [doc(), doc()], topics: [{ id: "Not Kebab", label: "x" }] })).toEqual([
      "topics.0.id",
    ]);
    expect(paths({ documents: [doc(), doc()], topics: [{ id: "a", label: "" }] })).toEqual([
      "topics.0.label",
    ]);
    expect(
      paths({
        documents: [doc(), doc()],
        topics: [
          { id: "a", label: "x" },
          { id: "a", label: "y" },
        ],
      }),
    ).toEqual(["topics.1.id"]);
    expect(paths({ documents: [doc(), { text: 3 }] })).toEqual(["documents.1.text"]);
  });
});

describe("exceedsLimits", () => {
  it("names what is too large, and passes anything within limits (even malformed input)", () => {
    expect(exceedsLimits({ documents: [doc(), doc()] })).toBeNull();
    expect(exceedsLimits("not an object")).toBeNull();
    expect(exceedsLimits({ documents: Array.from({ length: 5 }, () => doc()) })).toMatch(/too many texts: 5/);
    // The limit is per text, in UTF-8 bytes: four texts just under it are fine together.
    const big = "é".repeat(ALIGN_LIMITS.maxTextBytes / 2 + 1);
    expect(exceedsLimits({ documents: [doc(), doc(big)] })).toMatch(/text 2 is too large: 257 KB/);
    const under = "a".repeat(ALIGN_LIMITS.maxTextBytes);
    expect(exceedsLimits({ documents: Array.from({ length: 4 }, () => doc(under)) })).toBeNull();
    const topics = Array.from({ length: 31 }, (_, i) => ({ id: `t${i}`, label: "x" }));
    expect(exceedsLimits({ documents: [doc(), doc()], topics })).toMatch(/too many topics: 31/);
  });
});
