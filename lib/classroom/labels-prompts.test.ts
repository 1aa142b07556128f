import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import { fixtureComparison } from "./fixtures";
import { defaultLabels, frameOfLabel, framesUsed } from "./labels";
import { defaultPrompts, GENERIC_PROMPTS, MAX_DEFAULT_PROMPTS } from "./prompts";
import { createClassSchema, LIMITS } from "./schema";

describe("defaultLabels", () => {
  it("offers fact, opinion, claim to check, then the frames the lens uses in Media Frames Corpus order", () => {
    expect(defaultLabels(fixtureComparison()).map((l) => l.id)).toEqual([
      "fact",
      "opinion",
      "claim-to-check",
      "frame-legality",
      "frame-security-defense",
      "frame-political",
      "frame-external-regulation-reputation",
    ]);
    expect(defaultLabels(fixtureComparison()).at(-1)?.label).toBe(
      "Frame: External regulation and reputation",
    );
  });

  it("has no frame labels without a framing lens", () => {
    expect(defaultLabels(fixtureComparison(false)).map((l) => l.id)).toEqual([
      "fact",
      "opinion",
      "claim-to-check",
    ]);
  });

  it("fits the create-class schema for the seed", () => {
    const seed = getComparison(SEED_SLUG);
    if (!seed) throw new Error("seed missing");
    const labels = defaultLabels(seed);
    expect(framesUsed(seed).length).toBeGreaterThan(3);
    const parsed = createClassSchema.safeParse({ comparison: seed.slug, title: "T", labels });
    expect(parsed.error?.issues).toBeUndefined();
  });

  it("maps frame labels back to their dimension", () => {
    expect(frameOfLabel("frame-political")).toBe("political");
    expect(frameOfLabel("frame-nonsense")).toBeNull();
    expect(frameOfLabel("fact")).toBeNull();
  });
});

describe("defaultPrompts", () => {
  it("gives each claim's SIFT prompts and the lens's topic prompts, for the chosen topics only", () => {
    const prompts = defaultPrompts(fixtureComparison(), ["un-votes"]);
    expect(prompts.map((p) => p.id)).toEqual([
      "claim-vote-2016-who",
      "claim-vote-2016-evidence",
      "claim-vote-2016-other-sources",
      "topic-un-votes-left-out",
    ]);
    expect(prompts[0]).toMatchObject({ topic: "un-votes", context: expect.stringContaining("2016") });
    expect(prompts[0]?.text).toBe("Investigate the source: Who runs the outlet?");
  });

  it("covers every topic when none is chosen", () => {
    const ids = defaultPrompts(fixtureComparison()).map((p) => p.id);
    expect(ids).toContain("topic-iran-quoted");
    expect(ids).toEqual(defaultPrompts(fixtureComparison(), []).map((p) => p.id));
  });

  it("falls back to generic media-literacy prompts without a framing lens", () => {
    const prompts = defaultPrompts(fixtureComparison(false), ["un-votes"]);
    expect(prompts).toEqual(GENERIC_PROMPTS);
    expect(prompts.map((p) => p.text)).toContain("What does each text report that the other leaves out?");
  });

  it("gives the seed unique ids that fit the create-class schema", () => {
    const seed = getComparison(SEED_SLUG);
    if (!seed) throw new Error("seed missing");
    const all = defaultPrompts(seed);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    const topic = defaultPrompts(seed, ["un-votes"]);
    expect(topic.length).toBeGreaterThan(3);
    expect(topic.length).toBeLessThanOrEqual(20);
    const parsed = createClassSchema.safeParse({ comparison: seed.slug, title: "T", prompts: topic });
    expect(parsed.error?.issues).toBeUndefined();
  });

  it("caps the defaults at the API's limit, keeping each claim's SIFT prompts together, topic by topic", () => {
    const seed = getComparison(SEED_SLUG);
    if (!seed) throw new Error("seed missing");
    expect(MAX_DEFAULT_PROMPTS).toBe(LIMITS.prompts);
    const all = defaultPrompts(seed);
    expect(all).toHaveLength(MAX_DEFAULT_PROMPTS);
    // Round robin: the first topics each get their first claim's three steps before any topic gets a second.
    const firstTopics = seed.topics.slice(0, 3).map((t) => t.id);
    expect(all.slice(0, 9).map((p) => p.topic)).toEqual(firstTopics.flatMap((t) => [t, t, t]));
    expect(all.slice(0, 3).map((p) => p.text.split(":")[0])).toEqual([
      "Investigate the source",
      "Trace the claim",
      "Find better coverage",
    ]);
    // Asking for fewer topics gives the same prompts as filtering the uncapped list, then capping.
    const uncapped = defaultPrompts(seed, undefined, Number.POSITIVE_INFINITY);
    const two = ["un-votes", "hamas-visits"];
    expect(defaultPrompts(seed, two)).toEqual(
      uncapped.filter((p) => p.topic !== null && two.includes(p.topic)).slice(0, MAX_DEFAULT_PROMPTS),
    );
    const parsed = createClassSchema.safeParse({ comparison: seed.slug, title: "T", prompts: all });
    expect(parsed.error?.issues).toBeUndefined();
  });
});
