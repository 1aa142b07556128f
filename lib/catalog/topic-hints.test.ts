import { describe, expect, it } from "vitest";
import { parseTopicHints } from "./topic-hints";

describe("parseTopicHints", () => {
  it("reads one topic per line with optional keywords", () => {
    expect(
      parseTopicHints("UN votes: veto, Security Council; resolution\n\n  Syria  \nSyria: Golan"),
    ).toEqual([
      { id: "un-votes", label: "UN votes", keywords: ["veto", "Security Council", "resolution"] },
      { id: "syria", label: "Syria" },
      { id: "syria-2", label: "Syria", keywords: ["Golan"] },
    ]);
  });

  it("gives nothing for blank input", () => {
    expect(parseTopicHints(" \n\n")).toEqual([]);
  });
});
