import { describe, expect, it } from "vitest";
import { fold, matchOptions, passageOptions } from "./picker-match";

const passages = passageOptions([
  { id: "a", text: "The council voted 7 to 4 on Tuesday." },
  { id: "b", text: "The café on the north bank is closed." },
  { id: "c", text: "Opponents said the council’s money should fix roads." },
  { id: "d", text: `${"Long ".repeat(30)}ending with a rare word: zeugma.` },
]);

describe("matchOptions", () => {
  it("numbers passages and shows an excerpt, searching the whole text", () => {
    expect(passages[0]).toMatchObject({
      id: "a",
      label: "¶1: The council voted 7 to 4 on Tuesday.",
      number: 1,
    });
    expect(passages[3]?.label).toMatch(/^¶4: (Long ){14}…$/);
    expect(matchOptions(passages, "zeugma", 10).shown.map((o) => o.id)).toEqual(["d"]);
  });

  it("needs every word, in any case, accents and quotes folded", () => {
    expect(matchOptions(passages, "COUNCIL", 10).shown.map((o) => o.id)).toEqual(["a", "c"]);
    expect(matchOptions(passages, "council money", 10).shown.map((o) => o.id)).toEqual(["c"]);
    expect(matchOptions(passages, "cafe", 10).shown.map((o) => o.id)).toEqual(["b"]);
    expect(matchOptions(passages, "council's", 10).shown.map((o) => o.id)).toEqual(["c"]);
    expect(matchOptions(passages, "nothing like this", 10)).toEqual({ shown: [], total: 0 });
  });

  it("puts the passage of a typed number first", () => {
    expect(matchOptions(passages, "4", 10).shown.map((o) => o.id)).toEqual(["d", "a"]);
    expect(matchOptions(passages, "¶3", 10).shown.map((o) => o.id)).toEqual(["c"]);
  });

  it("shows at most `limit` options but counts them all", () => {
    const many = passageOptions(Array.from({ length: 500 }, (_, i) => ({ id: `p${i}`, text: `Text ${i}` })));
    expect(matchOptions(many, "", 30)).toMatchObject({ total: 500 });
    expect(matchOptions(many, "", 30).shown).toHaveLength(30);
    const text = matchOptions(many, "text", 30);
    expect([text.shown.length, text.total]).toEqual([30, 500]);
  });

  it("folds text for comparison", () => {
    expect(fold("Ça “Marche” l’été")).toBe('ca "marche" l\'ete');
  });
});
