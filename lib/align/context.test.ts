import { describe, expect, it } from "vitest";
import { pointsBack } from "./context";
import { alignDocuments } from "./index";

const OTHER = ["Nothing related here whatsoever.", "Rain fell on the fields.", "Bakers sold bread."].join(
  "\n\n",
);
const tagged = (passages: string[]) =>
  alignDocuments({
    documents: [{ text: passages.join("\n\n") }, { text: OTHER }],
    topics: [{ id: "syria", label: "Syria" }],
  }).documents[0]?.passages.map((p) => p.topics.length > 0);

describe("runs carry on through a passage that points back", () => {
  it("knows a pronoun, or 'the' and a word just used, from an 'it' that stands for what follows", () => {
    const before = [new Set(["website", "meeting"])];
    expect(pointsBack("It was a great achievement for the Kremlin.", "great", before)).toBe(true);
    expect(pointsBack("“The website said no agreements were reached.", "website", before)).toBe(true);
    expect(pointsBack("The weather was cold.", "weather", before)).toBe(false);
    expect(pointsBack("It is true that Israel and Russia trade.", "true", before)).toBe(false);
    expect(pointsBack("Bakers sold bread.", "baker", before)).toBe(false);
  });

  it("tags a passage with no evidence of its own after two passages on the topic", () => {
    const run = [
      "Israeli and Syrian officials met at an air base in Syria.",
      "The website said the meeting was held in Syria under Russian auspices.",
    ];
    expect(
      tagged([
        ...run,
        "It was a great achievement for the Kremlin.",
        "The website said that no agreements were reached.",
        "Bakers sold bread.",
      ]),
    ).toEqual([true, true, true, true, false]);
    // One passage is no run; an "it" that stands for what follows points nowhere; a heading ends the run.
    expect(tagged([run[0] as string, "It was a great achievement for the Kremlin."])).toEqual([true, false]);
    expect(tagged([...run, "It is true that the Kremlin gained a lot."])).toEqual([true, true, false]);
    expect(tagged([...run, "# Aftermath", "It was a great achievement for the Kremlin."])).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
