import { describe, expect, it } from "vitest";
import { held, neighboursOf } from "./expand";

describe("label expansion", () => {
  it("reads a word's neighbours from the shipped table above the floor only", () => {
    const near = neighboursOf("moscow", 0.75);
    expect(near.get("kremlin")).toBeCloseTo(0.77);
    // Putin is a neighbour at 0.71: under this floor.
    expect(near.has("putin")).toBe(false);
    expect(neighboursOf("moscow", 1).size).toBe(0);
    expect(neighboursOf("no-such-word", 0.5).size).toBe(0);
  });

  it("holds a phrase word fully by its own forms, partly by a neighbour, else not", () => {
    const q = { forms: ["russia", "russian"], near: new Map([["kremlin", 0.77]]) };
    expect(held(q, new Set(["russian", "kremlin"]))).toBe(1);
    expect(held(q, new Set(["kremlin"]))).toBeCloseTo(0.77);
    expect(held(q, new Set(["putin"]))).toBe(0);
  });
});
