import { describe, expect, it } from "vitest";
import { analyse } from "./nlp";

const texts = (s: string) => analyse(s).phrases.map((p) => p.text);
const keyOf = (s: string, text: string) => analyse(s).phrases.find((p) => p.text === text)?.key;

describe("noun phrases a passage offers as topic names", () => {
  it("are headed by a common noun, with each shorter ending and one prepositional phrase", () => {
    const found = texts("Mr. Quill’s budget plan would send 7,000 troops to the border in Afghanistan.");
    expect(found).toEqual(
      expect.arrayContaining([
        "Quill’s budget plan",
        "budget plan",
        "plan",
        "7,000 troops",
        "border in Afghanistan",
      ]),
    );
    // A title alone names nobody; a name alone is no noun phrase.
    expect(found.some((t) => /^Mr\.?\b/.test(t))).toBe(false);
    expect(found).not.toContain("Quill");
    expect(found).not.toContain("Afghanistan");
  });

  it("keep numbers exactly as written, never a piece of a quantity or a score", () => {
    const found = texts("He asked for $5.7 billion for a border wall after a 7 to 4 vote.");
    expect(found).toContain("$5.7 billion for a border wall");
    expect(found.some((t) => /\b57\b|5\.7 billion dollars|^billion/.test(t))).toBe(false);
    expect(found).not.toContain("4 vote");
    expect(found).toContain("vote");
  });

  it("never start at a date's day", () => {
    const found = texts("The envoys went to the capital on March 2 for a meeting, with 7,000 troops.");
    expect(found.some((t) => /^2\b/.test(t))).toBe(false);
    expect(found).toContain("meeting");
    expect(found).toContain("7,000 troops");
  });

  it("keep names' capitals and re-join possessives and hyphens", () => {
    const found = texts("Dental bills went to the Romney-Ryan budget office and a 48-page indictment.");
    expect(found).toContain("Romney-Ryan budget office");
    expect(found).toContain("48-page indictment");
    expect(found).not.toContain("48-page");
  });

  it("leave out verbs wink reads as nouns, idioms and phrases cut short", () => {
    expect(texts("They said the plan would end Medicare.")).not.toContain("end");
    expect(texts("He offered protections in exchange for a wall.")).not.toContain("protections in exchange");
    expect(texts("Obama left Iranian students to the mercy of fate.")).not.toContain(
      "Iranian students to the mercy",
    );
  });

  it("share one key across inflections, so one group never offers both", () => {
    expect(keyOf("They want protections for Dreamers.", "protections for Dreamers")).toBe(
      keyOf("They want protection for Dreamers.", "protection for Dreamers"),
    );
  });
});
