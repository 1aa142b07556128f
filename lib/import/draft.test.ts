import { describe, expect, it } from "vitest";
import { alignRequestOf, emptyDraft, type ImportDraft, importRequestOf, previewKey } from "./draft";
import { DRAFT_STORAGE_KEY, restoreDraft, serializeDraft } from "./draft-storage";

function filled(): ImportDraft {
  const draft = emptyDraft();
  const [a, b] = draft.documents;
  if (!a || !b) throw new Error("an empty draft has two texts");
  return {
    title: "Bridge",
    description: "",
    topics: "Cost: euros, budget\n\nThe vote",
    documents: [
      { ...a, title: "Report", outlet: "Gazette", text: "One.\n\nTwo.", publishedAt: "2024-03-01", url: " " },
      { ...b, title: "Opinion", outlet: "Blog", text: "Three." },
    ],
  };
}

describe("requests from a draft", () => {
  it("sends the texts and the parsed topics to the aligner, and only those", () => {
    expect(alignRequestOf(filled())).toEqual({
      documents: [
        { title: "Report", text: "One.\n\nTwo." },
        { title: "Opinion", text: "Three." },
      ],
      topics: [
        { id: "cost", label: "Cost", keywords: ["euros", "budget"] },
        { id: "the-vote", label: "The vote" },
      ],
    });
  });

  it("leaves topics out when none are given, so the aligner discovers them", () => {
    expect(alignRequestOf({ ...filled(), topics: " \n" })).not.toHaveProperty("topics");
  });

  it("makes the preview stale when a text or a topic changes, not when an outlet does", () => {
    const draft = filled();
    const key = previewKey(draft);
    expect(previewKey({ ...draft, documents: draft.documents.map((d) => ({ ...d, outlet: "X" })) })).toBe(
      key,
    );
    expect(previewKey({ ...draft, topics: "Cost" })).not.toBe(key);
    expect(
      previewKey({ ...draft, documents: draft.documents.map((d) => ({ ...d, text: `${d.text}!` })) }),
    ).not.toBe(key);
  });

  it("saves blank dates and links as null, and the correction only when there is one", () => {
    const request = importRequestOf(filled(), undefined);
    expect(request.documents[0]).toMatchObject({ publishedAt: "2024-03-01", url: null, genre: "news" });
    expect(request.documents[1]).toMatchObject({ publishedAt: null, url: null, genre: "opinion" });
    expect(request).not.toHaveProperty("alignment");
    const alignment = { topics: [], passages: {}, links: [] };
    expect(importRequestOf(filled(), alignment).alignment).toBe(alignment);
  });
});

describe("the stored draft", () => {
  it("round-trips", () => {
    const draft = filled();
    expect(restoreDraft(serializeDraft(draft))).toEqual(draft);
  });

  it("stores nothing for an untouched form", () => {
    expect(serializeDraft(emptyDraft())).toBeNull();
    expect(DRAFT_STORAGE_KEY).toBe("parallax:import-draft");
  });

  it.each([
    ["nothing", null],
    ["an empty string", ""],
    ["broken JSON", '{"title": "Bri'],
    ["a JSON string", '"draft"'],
    ["an array", "[1, 2]"],
    ["an object without texts", '{"title": "Bridge"}'],
    ["texts that are not a list", '{"documents": {"0": {}}}'],
    ["texts that are not objects", '{"documents": [1, "two", null]}'],
  ])("is ignored when it is %s", (_, stored) => {
    expect(restoreDraft(stored)).toBeNull();
  });

  it("fills in what an older or damaged draft lacks, and drops wrong types and genres", () => {
    const restored = restoreDraft(
      JSON.stringify({
        title: 42,
        documents: [{ key: "k", title: "Only text", genre: "poem", text: ["not", "text"], extra: true }],
      }),
    );
    expect(restored).not.toBeNull();
    expect(restored?.title).toBe("");
    expect(restored?.topics).toBe("");
    expect(restored?.documents).toHaveLength(2);
    expect(restored?.documents[0]).toEqual({
      key: "k",
      title: "Only text",
      outlet: "",
      genre: "other",
      publishedAt: "",
      url: "",
      text: "",
    });
    expect(restored?.documents[1]?.text).toBe("");
  });

  it("keeps at most four texts, each with its own key", () => {
    const doc = { key: "same", title: "T", text: "x", genre: "news" };
    const restored = restoreDraft(JSON.stringify({ documents: Array.from({ length: 6 }, () => doc) }));
    expect(restored?.documents).toHaveLength(4);
    expect(new Set(restored?.documents.map((d) => d.key)).size).toBe(4);
  });
});
