import { describe, expect, it } from "vitest";
import { nodeMatches, nodeRanges } from "./node-matches";

describe("nodeMatches", () => {
  it("finds a match inside one node", () => {
    expect(nodeMatches(["Russia and Hamas met."], "hamas")).toEqual([
      { startNode: 0, startOffset: 11, endNode: 0, endOffset: 16 },
    ]);
  });

  it("spans node boundaries, ending inside the node that holds the last character", () => {
    const parts = ["Russia and Ha", "mas", " met in Moscow."];
    expect(nodeMatches(parts, "hamas")).toEqual([
      { startNode: 0, startOffset: 11, endNode: 1, endOffset: 3 },
    ]);
    expect(nodeMatches(parts, "moscow")).toEqual([
      { startNode: 2, startOffset: 8, endNode: 2, endOffset: 14 },
    ]);
  });

  it("follows the server's rules: quotes alike, one letter ignored", () => {
    expect(nodeMatches(["it’s"], "it's")).toHaveLength(1);
    expect(nodeMatches(["a b a"], "a")).toEqual([]);
  });
});

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
