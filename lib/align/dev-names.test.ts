import { describe, expect, it } from "vitest";
import { loadDevPairs } from "../../scripts/bench/align-dev";
import { alignDocuments } from "./index";

/** The dev set (../shared/align-dev) is read at run time, never copied here; without it this is skipped. */
const pairs = loadDevPairs();
const flat = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");

describe.skipIf(pairs.length === 0)("discovered topic names on the dev set's real news pairs", () => {
  const topics = pairs.flatMap((pair) => {
    const r = alignDocuments({
      documents: [pair.a, pair.b].map((d) => ({ text: d.paragraphs.join("\n\n") })),
    });
    const all = r.documents.flatMap((d) => d.passages);
    return r.topics.map((t) => ({
      pair: pair.id,
      label: t.label,
      texts: all.filter((p) => p.topics.includes(t.id)).map((p) => flat(p.text)),
    }));
  });

  it("are found as written in a passage of their topic, so a reader can see where they come from", () => {
    expect(topics.length).toBeGreaterThan(pairs.length);
    const missing = topics.filter(
      (t) => !t.label.split(" · ").every((p) => t.texts.some((x) => x.includes(flat(p)))),
    );
    expect(missing).toEqual([]);
  });

  it("never name a weekday, a month, an outlet or a title with a surname alone", () => {
    const bad = topics.filter(
      (t) =>
        /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|june|july|august|september|october|november|december|fox|cnn|times|huffpost)\b/i.test(
          t.label,
        ) || t.label.split(" · ").some((p) => /^(Mr|Ms|Mrs|Dr)\.? \S+$/.test(p)),
    );
    expect(bad).toEqual([]);
  });
});
