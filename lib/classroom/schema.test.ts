import { describe, expect, it } from "vitest";
import { fixtureComparison } from "./fixtures";
import { answerSchema, classSettingsSchema, createClassSchema, joinSchema, responseSchema } from "./schema";
import { answerTargetError, passageIdsOf, resolveActivity, responseTargetError } from "./setup";

const ok = (schema: { safeParse(v: unknown): { success: boolean } }, v: unknown) =>
  schema.safeParse(v).success;

describe("createClassSchema", () => {
  it("accepts a minimal request and trims the title", () => {
    expect(createClassSchema.parse({ comparison: "israel-russia", title: "  Period 3  " }).title).toBe(
      "Period 3",
    );
  });

  it("refuses bad slugs, empty or long titles, too many topics, prompts or labels, duplicate ids", () => {
    expect(ok(createClassSchema, { comparison: "Israel Russia", title: "T" })).toBe(false);
    expect(ok(createClassSchema, { comparison: "x", title: "   " })).toBe(false);
    expect(ok(createClassSchema, { comparison: "x", title: "t".repeat(121) })).toBe(false);
    expect(ok(createClassSchema, { comparison: "x", title: "T", topics: Array(31).fill("a") })).toBe(false);
    expect(
      ok(createClassSchema, { comparison: "x", title: "T", prompts: Array(21).fill({ text: "Q" }) }),
    ).toBe(false);
    expect(ok(createClassSchema, { comparison: "x", title: "T", prompts: [{ text: "q".repeat(501) }] })).toBe(
      false,
    );
    expect(ok(createClassSchema, { comparison: "x", title: "T", labels: [] })).toBe(false);
    const label = { id: "fact", label: "Fact" };
    expect(ok(createClassSchema, { comparison: "x", title: "T", labels: [label, label] })).toBe(false);
    expect(
      ok(createClassSchema, {
        comparison: "x",
        title: "T",
        prompts: [
          { id: "a", text: "Q" },
          { id: "a", text: "R" },
        ],
      }),
    ).toBe(false);
    expect(ok(createClassSchema, { comparison: "x", title: "T", extra: 1 })).toBe(false);
  });
});

describe("joinSchema", () => {
  it("normalises the code and the name", () => {
    expect(joinSchema.parse({ joinCode: "ab3-k7q", name: "  Ada   L. " })).toEqual({
      joinCode: "AB3K7Q",
      name: "Ada L.",
    });
  });

  it("refuses empty, long or control-character names", () => {
    const blankOrSpoofing = ["\u200B\u200B", "\u3164", "Ann\u200F", "Ann\u061C", "Eve\u{E0041}"];
    for (const name of [
      "",
      "   ",
      "n".repeat(61),
      "Ada\u0000",
      "Ada\u202Eevil",
      "a\u0007b",
      ...blankOrSpoofing,
    ]) {
      expect(ok(joinSchema, { joinCode: "AB3K7Q", name })).toBe(false);
    }
    expect(ok(joinSchema, { joinCode: "AB3K7Q", name: "Zoë 🦊" })).toBe(true);
  });
});

describe("responseSchema and answerSchema", () => {
  const base = {
    passageId: "news-p4",
    label: "claim-to-check",
    clientId: "3f1c2a9e-7b7d-4c1e-9a55-0d2b6f0a1c11",
  };

  it("accept a UUID or 8–64 URL-safe characters as client id, and an optional multi-line note", () => {
    expect(ok(responseSchema, base)).toBe(true);
    expect(ok(responseSchema, { ...base, clientId: "abc_DEF-1" })).toBe(true);
    expect(responseSchema.parse({ ...base, note: " line one\r\nline two " }).note).toBe("line one\nline two");
    expect(responseSchema.parse({ ...base, note: "" }).note).toBe("");
  });

  it("refuse bad ids, long notes and short or odd client ids", () => {
    expect(ok(responseSchema, { ...base, clientId: "short" })).toBe(false);
    expect(ok(responseSchema, { ...base, clientId: "a".repeat(65) })).toBe(false);
    expect(ok(responseSchema, { ...base, clientId: "with space!" })).toBe(false);
    expect(ok(responseSchema, { ...base, passageId: "<script>" })).toBe(false);
    expect(ok(responseSchema, { ...base, note: "n".repeat(1001) })).toBe(false);
    expect(ok(responseSchema, { ...base, note: "bell\u0007" })).toBe(false);
    expect(ok(answerSchema, { promptId: "p", text: "a".repeat(2000), clientId: base.clientId })).toBe(true);
    expect(ok(answerSchema, { promptId: "p", text: "a".repeat(2001), clientId: base.clientId })).toBe(false);
    expect(ok(answerSchema, { promptId: "p", text: " ", clientId: base.clientId })).toBe(false);
    expect(ok(classSettingsSchema, { open: "yes" })).toBe(false);
  });
});

describe("resolveActivity", () => {
  const comparison = fixtureComparison();

  it("fills in every topic, the lens's prompts and the default labels", () => {
    const result = resolveActivity(comparison, { comparison: "fixture", title: "T" });
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.setup.topics).toEqual(["un-votes", "iran"]);
    expect(result.setup.prompts.length).toBeGreaterThan(0);
    expect(result.setup.labels[0]?.id).toBe("fact");
  });

  it("keeps the teacher's prompts, numbering those without ids", () => {
    const result = resolveActivity(comparison, {
      comparison: "fixture",
      title: "T",
      topics: ["iran"],
      prompts: [{ text: "Mine?" }, { id: "x", topic: "iran", text: "Yours?" }],
    });
    expect(result.ok && result.setup.prompts.map((p) => [p.id, p.topic])).toEqual([
      ["custom-1", null],
      ["x", "iran"],
    ]);
  });

  it("stores no topics for the whole texts, with the prompts of every topic", () => {
    const result = resolveActivity(comparison, { comparison: "fixture", title: "T", wholeTexts: true });
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.setup.topics).toEqual([]);
    const all = resolveActivity(comparison, { comparison: "fixture", title: "T" });
    expect(all.ok && result.setup.prompts).toEqual(all.ok && all.setup.prompts);
  });

  it("refuses topics with the whole texts, and topics no passage is on", () => {
    const both = resolveActivity(comparison, {
      comparison: "fixture",
      title: "T",
      wholeTexts: true,
      topics: ["iran"],
    });
    expect(!both.ok && both.errors).toEqual(["topics: leave them out with wholeTexts"]);
    const empty = { id: "empty", label: "Empty", description: "", summaries: {} };
    const withEmpty = { ...comparison, topics: [...comparison.topics, empty] };
    const none = resolveActivity(withEmpty, { comparison: "fixture", title: "T", topics: ["empty"] });
    expect(!none.ok && none.errors.join()).toMatch(/no passage is on these topics/);
    expect(
      resolveActivity(withEmpty, { comparison: "fixture", title: "T", topics: ["empty", "iran"] }).ok,
    ).toBe(true);
  });

  it("reports unknown topics and a mismatched comparison", () => {
    const result = resolveActivity(comparison, {
      comparison: "other",
      title: "T",
      topics: ["nope"],
      prompts: [{ topic: "gone", text: "Q" }],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(3);
  });
});

describe("response targets", () => {
  const ids = passageIdsOf(fixtureComparison());
  const labels = [{ id: "fact" }];
  it("name the unknown passage, label or prompt", () => {
    expect(responseTargetError(ids, labels, { passageId: "op-p2", label: "fact" })).toBeNull();
    expect(responseTargetError(ids, labels, { passageId: "op-p9", label: "fact" })).toMatch(/passage/);
    expect(responseTargetError(ids, labels, { passageId: "op-p2", label: "opinion" })).toMatch(/label/);
    expect(answerTargetError([{ id: "p1" }], "p1")).toBeNull();
    expect(answerTargetError([{ id: "p1" }], "p2")).toMatch(/prompt/);
  });
});
