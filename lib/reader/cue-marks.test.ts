import { describe, expect, it } from "vitest";
import type { CueReport } from "../framing/cue-report";
import { compactCues, cueNote, passageCues } from "./cue-marks";

const report: CueReport = {
  sources: { hedges: "Hyland (2005)" },
  rates: [],
  passages: {
    "opinion-p2": [
      { kind: "hedge", start: 18, end: 26, quoted: false },
      { kind: "loaded", start: 5, end: 10, quoted: true },
    ],
    "news-p1": [],
  },
};

describe("compact cue marks", () => {
  it("keeps every cue's kind and offsets, and drops passages without cues", () => {
    const marks = compactCues(report);
    expect(Object.keys(marks.passages)).toEqual(["opinion-p2"]);
    expect(passageCues(marks, "opinion-p2")).toEqual([
      { kind: "hedge", start: 18, end: 26 },
      { kind: "loaded", start: 5, end: 10 },
    ]);
    expect(passageCues(marks, "news-p1")).toEqual([]);
    expect(marks.sources).toEqual(report.sources);
  });

  it("is smaller than the report it comes from", () => {
    expect(JSON.stringify(compactCues(report)).length).toBeLessThan(JSON.stringify(report).length);
  });
});

describe("cueNote", () => {
  it("names each kind with its words, for a screen reader", () => {
    const text = "Hard boiled Putin probably sees it.";
    const cues = [
      { kind: "hedge" as const, start: 18, end: 26 },
      { kind: "loaded" as const, start: 0, end: 4 },
      { kind: "hedge" as const, start: 27, end: 31 },
    ];
    expect(cueNote(text, cues)).toBe(
      "Language cues: hedging “probably”, “sees”; evaluative or loaded “Hard”.",
    );
    expect(cueNote(text, [])).toBe("");
  });
});
