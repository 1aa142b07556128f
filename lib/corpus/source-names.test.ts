import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "./index";
import { sidesOf } from "./sides";
import { type NamedSource, sideNames, sideWords, sourceNames } from "./source-names";

const huffpost: NamedSource = {
  kind: "news",
  outlet: "HuffPost",
  title: "Trump Declares National Emergency",
};
const fox: NamedSource = { kind: "news", outlet: "Fox News", title: "Trump declares emergency on border" };
const column: NamedSource = { kind: "opinion", outlet: "The Gazette", title: "A wall of words" };

describe("source names", () => {
  it("are the genres when each text has its own", () => {
    expect(sourceNames([huffpost, column])).toEqual(["News report", "Opinion"]);
  });

  it("are the outlets for two texts of one genre, and the genre stays for the odd one out", () => {
    expect(sourceNames([huffpost, fox])).toEqual(["HuffPost", "Fox News"]);
    expect(sourceNames([huffpost, fox, column])).toEqual(["HuffPost", "Fox News", "Opinion"]);
  });

  it("fall back to the title, shortened, when the outlets are the same or missing", () => {
    const long = { ...fox, outlet: "huffpost", title: `${"Very long headline ".repeat(5)}end` };
    const [a, b] = sourceNames([huffpost, long]);
    expect(a).toBe("Trump Declares National Emergency");
    expect(b).toMatch(/^Very long headline .*…$/);
    expect(b?.length).toBeLessThanOrEqual(48);
    expect(
      sourceNames([
        { ...huffpost, outlet: "" },
        { ...fox, outlet: " " },
      ]),
    ).toEqual(["Trump Declares National Emergency", "Trump declares emergency on border"]);
  });

  it("are numbered when nothing tells the texts apart", () => {
    const same = { kind: "news", outlet: "", title: "" } as const;
    expect(sourceNames([same, same])).toEqual(["News report 1", "News report 2"]);
    expect(sourceNames([same, same], ["title", "outlet"])).toEqual(["Text 1", "Text 2"]);
  });

  it("follow the order asked for: the import editor names texts by title first", () => {
    expect(sourceNames([huffpost, column], ["title", "outlet"])).toEqual([
      "Trump Declares National Emergency",
      "A wall of words",
    ]);
  });

  it("name each side of a comparison by its main text: the seed's genres differ", () => {
    const seed = getComparison(SEED_SLUG);
    expect(sideNames(sidesOf(seed ?? { documents: [] }))).toEqual(["News report", "Opinion"]);
  });

  it("give running text and citations words that tell two texts of one genre apart", () => {
    const seed = getComparison(SEED_SLUG) ?? { documents: [] };
    expect(sideWords(sidesOf(seed))).toEqual([
      { noun: "news report", cite: "report" },
      { noun: "opinion piece", cite: "opinion" },
    ]);
    const [news, opinion] = sidesOf(seed).map((s) => s.main);
    if (!news || !opinion) throw new Error("seed sides");
    const twoReports = sidesOf({ documents: [news, { ...opinion, kind: "news" }] });
    expect(sideWords(twoReports)).toEqual([
      { noun: "New York Times report", cite: "The New York Times" },
      { noun: "Israpundit report", cite: "Israpundit" },
    ]);
    const sameOutlet = sidesOf({ documents: [news, { ...news, id: "again", title: "Another headline" }] });
    expect(sideWords(sameOutlet)[1]).toEqual({ noun: "text “Another headline”", cite: "Another headline" });
  });
});
