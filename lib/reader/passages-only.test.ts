import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from "../corpus";
import type { Comparison } from "../corpus/schema";
import { passagesOnly } from "./passages-only";

const seed = getComparison(SEED_SLUG) as Comparison;

describe("passagesOnly: what a student's phone loads", () => {
  it("keeps only the activity's topics and their passages, without the lens", () => {
    const out = passagesOnly(seed, ["hamas-visits"]);
    expect("framing" in out).toBe(false);
    expect(out.topics.map((t) => t.id)).toEqual(["hamas-visits"]);
    const passages = out.documents.flatMap((d) => d.passages);
    expect(passages.length).toBeGreaterThan(3);
    expect(passages.every((p) => p.topics.includes("hamas-visits") && p.counterparts.length === 0)).toBe(
      true,
    );
    expect(out.documents.map((d) => d.id)).toEqual(seed.documents.map((d) => d.id));
    expect(JSON.stringify(out).length).toBeLessThan(JSON.stringify(seed).length / 4);
  });

  it("keeps every passage without a topic list, the words untouched", () => {
    const out = passagesOnly(seed, null);
    expect(out.documents[0]?.passages.map((p) => p.text)).toEqual(
      seed.documents[0]?.passages.map((p) => p.text),
    );
  });
});
