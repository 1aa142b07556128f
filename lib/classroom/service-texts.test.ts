import { describe, expect, it, vi } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";

const classSetup = vi.fn();
vi.mock("server-only", () => ({}));
vi.mock("../db", () => ({ getDb: async () => ({}), classSetup: (...a: unknown[]) => classSetup(...a) }));
vi.mock("../catalog", () => ({
  findComparison: async (slug: string) => (slug === SEED_SLUG ? getComparison(SEED_SLUG) : null),
}));

const { activityTexts } = await import("./service-texts");
const ID = "AAAAAAAAAAAAAAAA";
const setup = (comparison: string, topics: string[]) => ({ comparison, topics, prompts: [], labels: [] });

describe("activityTexts: what the student workspace renders on the server", () => {
  it("gives the class's passages on its topics, without the framing lens", async () => {
    classSetup.mockResolvedValueOnce(setup(SEED_SLUG, ["hamas-visits"]));
    const texts = await activityTexts(ID);
    expect(classSetup).toHaveBeenCalledWith({}, ID);
    expect(texts && "framing" in texts).toBe(false);
    expect(texts?.topics.map((t) => t.id)).toEqual(["hamas-visits"]);
    const passages = texts?.documents.flatMap((d) => d.passages) ?? [];
    expect(passages.length).toBeGreaterThan(3);
    expect(passages.every((p) => p.topics.includes("hamas-visits"))).toBe(true);
  });

  it("gives every passage, on a topic or not, for an activity on the whole texts (no topics stored)", async () => {
    classSetup.mockResolvedValueOnce(setup(SEED_SLUG, []));
    const texts = await activityTexts(ID);
    const seed = getComparison(SEED_SLUG);
    const all = seed?.documents.flatMap((d) => d.passages) ?? [];
    const passages = texts?.documents.flatMap((d) => d.passages) ?? [];
    expect(passages.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(passages.some((p) => p.topics.length === 0)).toBe(true);
    expect(texts?.topics.length).toBe(seed?.topics.length);
  });

  it("is null for an unknown class or a comparison that is gone; a malformed id is not looked up", async () => {
    classSetup.mockReset();
    classSetup.mockResolvedValueOnce(null);
    expect(await activityTexts(ID)).toBeNull();
    classSetup.mockResolvedValueOnce(setup("gone", []));
    expect(await activityTexts(ID)).toBeNull();
    expect(await activityTexts("nope")).toBeNull();
    expect(classSetup).toHaveBeenCalledTimes(2);
  });
});
