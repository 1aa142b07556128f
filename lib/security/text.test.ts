import { describe, expect, it } from "vitest";
import { unpairedSurrogatePath, visibleLineProblem, visibleTextProblem } from "./text";

describe("visibleLineProblem", () => {
  it.each([
    ["Ada", null],
    ["Zoë Ng", null],
    ["مریم\u200Cی", null], // ZWNJ inside Persian
    ["👩\u200D🏫 Ms Lee", null], // ZWJ emoji sequence
    ["שרה", null],
  ])("accepts %j", (name, expected) => {
    expect(visibleLineProblem(name)).toBe(expected);
  });

  it.each([
    ["\u200B\u200B\u200B", "zero-width spaces only"],
    ["\u3164", "the Hangul filler"],
    ["\u2800\u2800", "Braille blanks"],
    ["\u200C\u200D", "joiners only"],
    ["Ann\u200F", "RLM"],
    ["Ann\u061C", "ALM"],
    ["\u202Eevil title gnp.exe", "RLO"],
    ["Bob\u2066x\u2069", "isolates"],
    ["Eve\u{E0041}", "a tag character"],
    ["Bo\u00ADb", "a soft hyphen"],
    ["a\u0085b", "a C1 control"],
  ])("refuses %j (%s)", (name) => {
    expect(visibleLineProblem(name)).not.toBeNull();
  });
});

describe("visibleTextProblem", () => {
  it("keeps newlines and tabs but refuses hidden characters", () => {
    expect(visibleTextProblem("line one\n\tline two\r\n")).toBeNull();
    expect(visibleTextProblem("see \u202Eevil")).not.toBeNull();
    expect(visibleTextProblem("zero\u200Bwidth")).not.toBeNull();
  });
});

describe("unpairedSurrogatePath", () => {
  it("finds the first unpaired surrogate and names its path", () => {
    expect(unpairedSurrogatePath({ labels: [{ id: "fact", label: "Fact\ud800" }] })).toEqual([
      "labels",
      "0",
      "label",
    ]);
    expect(unpairedSurrogatePath(["ok", "Who\udfff?"])).toEqual(["1"]);
    expect(unpairedSurrogatePath({ "k\udc00": 1 })).toEqual(["k\udc00"]);
  });

  it("walks bodies nested far deeper than the call stack allows", () => {
    let deep: unknown = "Fact\ud800";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unpairedSurrogatePath(deep)).toHaveLength(200_000);
    expect(unpairedSurrogatePath(JSON.parse(`${"[".repeat(5000)}1${"]".repeat(5000)}`))).toBeNull();
  });

  it("accepts paired surrogates and other values", () => {
    expect(unpairedSurrogatePath({ a: "emoji 😀", b: [1, null, true, { c: "x" }] })).toBeNull();
    expect(unpairedSurrogatePath("\ud83d\ude00")).toBeNull();
  });
});
