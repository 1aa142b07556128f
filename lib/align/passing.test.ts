import { describe, expect, it } from "vitest";
import { collocate } from "./collocate";
import { tagsOf } from "./fixtures";
import { windows } from "./match";
import { analyse } from "./nlp";

const tags = (text: string, topic: { label: string; keywords?: string[] }) => tagsOf(text, topic);

describe("mentions in passing", () => {
  it("finds a name used only as a modifier of a longer name, or counted off in a list", () => {
    const [ambassador, office, list, own] = [
      "Its UN Ambassador attacked it.",
      "The United Nations Office for the Coordination of Humanitarian Affairs counted incidents.",
      "Imagine a report on Russia, Syria, Venezuela, or any other nation.",
      "A UN Ambassador spoke at the UN.",
    ].map((t) => analyse(t).passing[0]);
    expect(ambassador?.get("un")).toEqual({ uses: 1, as: [{ head: "ambassador", noun: false }] });
    expect(office?.get("un")?.as).toEqual([{ head: "office", noun: false }]);
    expect(list?.get("syria")).toEqual({ uses: 1, as: [{ head: "", noun: false }] });
    expect(analyse("They read a new UN report.").passing[0]?.get("un")?.as).toEqual([
      { head: "report", noun: true },
    ]);
    // An adjective of origin before a noun modifies it too.
    expect(analyse("Israel struck Iranian targets.").passing[0]?.get("iranian")?.as).toEqual([
      { head: "target", noun: true },
    ]);
    // Used twice, once in passing.
    expect(own?.get("un")).toEqual({ uses: 2, as: [{ head: "ambassador", noun: false }] });
    // The head of a name is the name ("Northern Syria" is in Syria); two names joined are no list.
    expect(analyse("Troops left Northern Syria.").passing[0]?.has("syria")).toBe(false);
    expect(analyse("Israel and Syria met.").passing[0]?.has("syria")).toBe(false);
  });

  it("does not tag a topic from its label's name mentioned in passing", () => {
    const text = [
      "Russia vetoed the resolution at the UN.",
      "Its UN Ambassador attacked the report on racism.",
      "Violence by Russia, Syria, Venezuela, or any other nation makes headlines.",
    ].join("\n\n");
    expect(tags(text, { label: "The UN" })).toEqual([true, false, false]);
    expect(tags(text, { label: "Syria" })).toEqual([false, false, false]);
  });

  it("counts a name modifying one of the topic's own words, not another noun", () => {
    const text = ["Russia used its UN veto again.", "Experts wrote a new UN report on settlements."].join(
      "\n\n",
    );
    expect(tags(text, { label: "The UN: vetoes" })).toEqual([true, false]);
  });
});

describe("pools and mentions in passing", () => {
  it("needs one of a pool's words named in its own right, not every one in passing", () => {
    const text = ["Experts wrote a new UN report on Israeli settlements.", "Israel spoke at the UN."].join(
      "\n\n",
    );
    expect(tags(text, { label: "Votes", keywords: ["UN", "Israel", "resolutions"] })).toEqual([false, true]);
  });
});

describe("proximity", () => {
  it("cuts a sentence into windows of consecutive terms", () => {
    expect(windows(["a", "b", "c"], 2)).toEqual([new Set(["a", "b"]), new Set(["b", "c"])]);
    expect(windows(["a", "b"], 5)).toEqual([new Set(["a", "b"])]);
    expect(windows(["a", "b", "c"], 0)).toEqual([new Set(["a", "b", "c"])]);
  });

  it("matches a phrase whose words are near each other in a sentence, not far apart", () => {
    const text = [
      "Hamas leaders flew to Moscow for talks.",
      "After Hamas attacked, which killed many people in towns, villages and kibbutzim across the south, officials in Moscow said nothing.",
    ].join("\n\n");
    expect(tags(text, { label: "Hamas in Moscow" })).toEqual([true, false]);
  });
});

describe("collocations", () => {
  it("reads single keywords in a row that the texts write as one name as that name", () => {
    const names = new Set(["security council", "general assembly"]);
    expect(
      collocate(
        [
          ["The UN", "first"],
          ["Security", "keyword"],
          ["Council", "keyword"],
          ["votes", "keyword"],
          ["General", "keyword"],
          ["Assembly", "keyword"],
        ],
        names,
      ),
    ).toEqual([
      ["The UN", "first"],
      ["Security Council", "keyword", "security council"],
      ["votes", "keyword"],
      ["General Assembly", "keyword", "general assembly"],
    ]);
    // Words the texts never write together stay single.
    expect(
      collocate(
        [
          ["Council", "keyword"],
          ["votes", "keyword"],
        ],
        names,
      ),
    ).toHaveLength(2);
  });

  it("does not take two loose keywords of one name for a match", () => {
    const text = [
      "The Security Council voted on the resolution.",
      "Israel's security needs shape its ties with Russia's council of ministers.",
    ].join("\n\n");
    expect(tags(text, { label: "Votes", keywords: ["Security", "Council", "resolution"] })).toEqual([
      true,
      false,
    ]);
  });
});
