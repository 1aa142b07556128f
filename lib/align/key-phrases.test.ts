import { describe, expect, it } from "vitest";
import { mergeByKey } from "./key-phrases";
import { analyse } from "./nlp";
import { buildSpace } from "./vectors";

/** Twelve passages, every one led by the same name: on long texts the story's main name leads every group. */
const passages = Array.from(
  { length: 12 },
  (_, k) => `The Quillmoor Bakery opened a shop on street ${k + 1}, the Quillmoor Bakery said.`,
);
const features = passages.map(analyse);
const space = buildSpace(features);
const pairs = [0, 2, 4, 6, 8, 10].map((k) => [k, k + 1]);

describe("groups led by the same key phrase", () => {
  it("merge into one topic", () => {
    expect(mergeByKey(space, features, pairs)).toEqual([passages.map((_, k) => k)]);
  });

  it("never past the size allowed: each joins the first one with room", () => {
    const merged = mergeByKey(space, features, pairs, 5);
    expect(merged).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9, 10, 11],
    ]);
  });
});
