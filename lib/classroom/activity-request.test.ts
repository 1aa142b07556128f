import { describe, expect, it } from "vitest";
import { createRequest, draftProblem, labelIdFor, MAX_PROMPTS, type PromptDraft } from "./activity-request";
import { createClassSchema, LIMITS } from "./schema";

const prompt = (n: number, text = `Prompt ${n}?`): PromptDraft => ({ key: `k${n}`, topic: null, text });
const labels = [
  { key: "a", id: "fact", label: "Fact", description: "" },
  { key: "b", label: " Loaded words! ", description: "Emotive" },
  { key: "c", label: "Fact", description: "" },
];
const draft = {
  slug: "israel-russia",
  title: "  Period 3 ",
  topics: ["un-votes"],
  wholeTexts: false,
  prompts: [prompt(1, " Who is quoted? ")],
  promptsEdited: false,
  labels,
};

describe("createRequest", () => {
  it("leaves untouched prompts to the server and gives new labels unique ids from their names", () => {
    const request = createRequest(draft);
    expect(request).toEqual({
      comparison: "israel-russia",
      title: "Period 3",
      topics: ["un-votes"],
      labels: [
        { id: "fact", label: "Fact", description: "" },
        { id: "loaded-words", label: "Loaded words!", description: "Emotive" },
        { id: "fact-2", label: "Fact", description: "" },
      ],
    });
    expect(createClassSchema.safeParse(request).success).toBe(true);
  });

  it("asks for the whole texts instead of topics when the teacher chose them", () => {
    const request = createRequest({ ...draft, topics: ["un-votes", "iran"], wholeTexts: true });
    expect(request.wholeTexts).toBe(true);
    expect(request.topics).toBeUndefined();
    expect(createClassSchema.safeParse(request).success).toBe(true);
  });

  it("sends edited prompts, trimmed", () => {
    const request = createRequest({ ...draft, promptsEdited: true });
    expect(request.prompts).toEqual([
      { id: undefined, topic: null, text: "Who is quoted?", context: undefined },
    ]);
    expect(createClassSchema.safeParse(request).success).toBe(true);
  });
});

describe("draftProblem", () => {
  const ok = { title: "T", topics: ["t"], passages: 3, shown: [prompt(1)], promptsEdited: false, labels };

  it("is null for a draft the API accepts", () => {
    expect(draftProblem(ok)).toBeNull();
  });

  it.each([
    [{ title: "  " }, "Give the activity a title."],
    [{ topics: [] }, "Tick at least one topic, or give students the whole texts."],
    [{ passages: 0 }, "No passage is on the topics ticked: tick others, or give students the whole texts."],
    [{ shown: [prompt(1, "  ")] }, "Fill in or remove the empty prompt."],
    [{ labels: [{ key: "x", label: " ", description: "" }] }, "Give every label a name, or remove it."],
  ])("says what is missing: %o", (change, message) => {
    expect(draftProblem({ ...ok, ...change })).toBe(message);
  });

  it("holds an edited list to the API's cap, and only an edited one", () => {
    const many = Array.from({ length: MAX_PROMPTS + 1 }, (_, i) => prompt(i));
    expect(MAX_PROMPTS).toBe(LIMITS.prompts);
    expect(draftProblem({ ...ok, shown: many, promptsEdited: true })).toMatch(
      /at most 20 prompts.*there are 21/,
    );
    expect(draftProblem({ ...ok, shown: many, promptsEdited: false })).toBeNull();
    // The server refuses the same list: the cap is one number.
    const request = createRequest({ ...draft, prompts: many, promptsEdited: true });
    expect(createClassSchema.safeParse(request).success).toBe(false);
  });
});

describe("labelIdFor", () => {
  it("slugs the name, falls back to 'label', and avoids taken ids", () => {
    expect(labelIdFor("Ça, c'est «loaded»!", new Set())).toBe("ca-c-est-loaded");
    expect(labelIdFor("!!!", new Set())).toBe("label");
    expect(labelIdFor("Fact", new Set(["fact", "fact-2"]))).toBe("fact-3");
    expect(labelIdFor("x".repeat(80), new Set())).toHaveLength(60);
  });
});
