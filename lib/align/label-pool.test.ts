import { describe, expect, it } from "vitest";
import { tagsOf } from "./fixtures";
import { namesInPhrase, writtenAsNames } from "./label-names";
import { analyse } from "./nlp";

const tags = (text: string, topic: { label: string; keywords?: string[] }, labelPool = 1) =>
  tagsOf(text, topic, { labelPool });

describe("a name inside a label phrase joins the keywords' pool", () => {
  const text = [
    "Justice Ginsburg faced a call to resign on Wednesday.",
    "Some said she should recuse herself, but the timing was inappropriate.",
    "Ginsburg spoke at a law school.",
    "Ginsburg spoke at length. Critics said someone should resign.",
  ].join("\n\n");
  const topic = { label: "Criticism of Ginsburg", keywords: ["inappropriate", "recuse", "resign", "ethics"] };

  it("matches the name and one keyword in one sentence, not the name alone nor across sentences", () => {
    expect(tags(text, topic)).toEqual([true, true, false, false]);
    // Without it, the phrase needs "criticism" beside "Ginsburg": only two keywords in a sentence match.
    expect(tags(text, topic, 0)).toEqual([false, true, false, false]);
  });

  it("takes a label's first word as a name when the texts write it only as one", () => {
    const trump = ["Trump called her a faker.", "The faker sold fake watches.", "Trump played golf."].join(
      "\n\n",
    );
    expect(tags(trump, { label: "Trump's response", keywords: ["tweet", "faker"] })).toEqual([
      true,
      false,
      false,
    ]);
    expect(tags(trump, { label: "Trump's response", keywords: ["tweet", "faker"] }, 0)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("finds the names a teacher wrote, not a capitalised first word nor a run's initials", () => {
    const written = writtenAsNames(
      ["Criticism grew as Trump spoke.", "A chorus of criticism followed Trump."].map(analyse),
    );
    expect(written.has("trump")).toBe(true);
    expect(written.has("criticism")).toBe(false);
    expect(namesInPhrase("Criticism of Ginsburg", true, written)).toEqual(["ginsburg"]);
    expect(namesInPhrase("Trump's response", true, written)).toEqual(["trump"]);
    expect(namesInPhrase("Trump's response", true, new Set())).toEqual([]);
    expect(namesInPhrase("US policy", true, new Set())).toEqual(["us"]);
    expect(namesInPhrase("Ginsburg", true, written)).toEqual([]);
  });
});
