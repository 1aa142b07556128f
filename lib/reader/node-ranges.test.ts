import { describe, expect, it } from "vitest";
import { nodeRanges } from "./node-ranges";

describe("nodeRanges", () => {
  it("maps offsets into the joined text to nodes, as cue marks need", () => {
    expect(nodeRanges(["Hard boiled ", "Putin", " probably sees"], [{ start: 18, end: 26 }])).toEqual([
      { startNode: 2, startOffset: 1, endNode: 2, endOffset: 9 },
    ]);
    expect(nodeRanges(["ab", "cd"], [{ start: 1, end: 4 }])).toEqual([
      { startNode: 0, startOffset: 1, endNode: 1, endOffset: 2 },
    ]);
  });
});
