import { describe, expect, it } from "vitest";
import { alignDocuments } from "./index";

const topics = [
  { id: "hamas-visits", label: "Hamas in Moscow", keywords: ["Hamas delegations hosted in Moscow"] },
  {
    id: "syria",
    label: "Syria talks",
    keywords: ["Israeli strikes on Iranian targets in Syria", "Russian forces in Syria"],
  },
];
const tagsOf = (texts: string[]) =>
  alignDocuments({ documents: texts.map((text) => ({ text })), topics }).documents.map((d) =>
    d.passages.map((p) => p.topics),
  );

describe("topic tagging", () => {
  it("takes a mention for no topic: one word of a phrase, or its words in different sentences", () => {
    const [tags] = tagsOf([
      [
        "Russia hosted a Hamas delegation in Moscow.",
        "Hamas attacked Israel.",
        "Hamas fought. Moscow watched.",
      ].join("\n\n"),
      "Elsewhere, nothing happened at all.",
    ]);
    expect(tags).toEqual([["hamas-visits"], [], []]);
  });

  it("matches a proper noun's adjective (Russia, Russian; Syria, Syrian)", () => {
    const r = alignDocuments({
      documents: [{ text: "Russian and Syrian officials met." }, { text: "Unrelated words about weather." }],
      topics: [{ id: "ties", label: "Russia and Syria" }],
    });
    expect(r.documents[0]?.passages[0]?.topics).toEqual(["ties"]);
  });

  it("lends a run's topic to a weak passage inside it, but not across a heading", () => {
    const run = [
      "Israeli strikes on Iranian targets in Syria continued, and Russian forces in Syria watched.",
      "Israeli jets struck again.",
      "Russian forces in Syria saw Israeli strikes on Iranian targets.",
      "# Other matters",
      "Israeli jets struck again.",
    ].join("\n\n");
    const [tags] = tagsOf([run, "Nothing related here whatsoever."]);
    expect(tags).toEqual([["syria"], ["syria"], ["syria"], [], []]);
    // Alone, the weak passage is not enough.
    expect(tagsOf(["Israeli jets struck again.", "Nothing related here whatsoever."])[0]).toEqual([[]]);
  });
});
