import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import {
  type AlignmentCorrection,
  type DbHandle,
  getStoredComparison,
  saveComparison,
  UnknownPassagesError,
  updateAlignment,
} from ".";
import { expectedComparison, sampleImport } from "./fixtures";
import { countRows, engines, truncateAll } from "./testing";

const texts = (c: { documents: { passages: { id: string; text: string }[] }[] } | null) =>
  c?.documents.flatMap((d) => d.passages.map((p) => [p.id, p.text]));

// Merges "un" into a renamed "syria" ("Syria and the UN"), adds "iran", re-tags two passages, and
// replaces the links: doc-1-p2 ↔ doc-2-p1 stays with a new score, doc-3-p1 gets a different counterpart.
const correction: AlignmentCorrection = {
  topics: [
    { id: "iran", label: "Iran" },
    { id: "syria", label: "Syria and the UN" },
  ],
  passages: { "doc-1-p2": ["syria"], "doc-2-p1": ["syria", "iran"], "doc-3-p1": ["syria"] },
  links: [
    { source: "doc-2-p1", target: "doc-1-p2", score: 0.9 },
    { source: "doc-3-p1", target: "doc-1-p1", score: 0.25 },
  ],
};

describe.each(engines)("alignment corrections on $name", { timeout: 30_000 }, (engine) => {
  let handle: DbHandle;
  let slug: string;
  beforeAll(async () => {
    handle = await engine.open();
  }, 60_000);
  afterAll(() => handle?.close());
  beforeEach(async () => {
    await truncateAll(handle.db);
    ({ slug } = await saveComparison(handle.db, sampleImport));
  });

  it("replaces topics, passage topics and links, keeping texts and surviving descriptions", async () => {
    const corrected = await updateAlignment(handle.db, slug, correction);
    expect(corrected?.topics).toEqual([
      { id: "iran", label: "Iran", description: "", summaries: {} },
      {
        id: "syria",
        label: "Syria and the UN",
        description: "Strikes and the coordination mechanism.",
        summaries: {},
      },
    ]);
    const passages = new Map(corrected?.documents.flatMap((d) => d.passages.map((p) => [p.id, p])));
    expect(Object.fromEntries([...passages].map(([id, p]) => [id, [p.topics, p.counterparts]]))).toEqual({
      "doc-1-p1": [[], [{ id: "doc-3-p1", score: 0.25 }]],
      "doc-1-p2": [["syria"], [{ id: "doc-2-p1", score: 0.9 }]],
      "doc-2-p1": [["syria", "iran"], [{ id: "doc-1-p2", score: 0.9 }]],
      "doc-2-p2": [[], []],
      "doc-3-p1": [["syria"], [{ id: "doc-1-p1", score: 0.25 }]],
    });
    expect(texts(corrected)).toEqual(texts(expectedComparison(slug)));
    // What a later read returns is what the update returned.
    expect(await getStoredComparison(handle.db, slug)).toEqual(corrected);
  });

  it("can clear the whole alignment", async () => {
    const cleared = await updateAlignment(handle.db, slug, { topics: [], passages: {}, links: [] });
    expect(cleared?.topics).toEqual([]);
    expect(
      cleared?.documents.flatMap((d) => d.passages.flatMap((p) => [...p.topics, ...p.counterparts])),
    ).toEqual([]);
    expect(await countRows(handle.db)).toMatchObject({ topics: 0, passageTopics: 0, links: 0, passages: 5 });
  });

  it("returns null for an unknown comparison", async () => {
    expect(await updateAlignment(handle.db, "no-such-thing", correction)).toBeNull();
  });

  it("names unknown passages in a typed error and changes nothing", async () => {
    const before = await getStoredComparison(handle.db, slug);
    const bad = {
      ...correction,
      passages: { ...correction.passages, "doc-9-p1": ["iran"] },
      links: [...correction.links, { source: "doc-2-p2", target: "doc-8-p1", score: 1 }],
    };
    const error = await updateAlignment(handle.db, slug, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownPassagesError);
    expect((error as UnknownPassagesError).ids).toEqual(["doc-9-p1", "doc-8-p1"]);
    expect(await getStoredComparison(handle.db, slug)).toEqual(before);
  });

  it.each([
    ["a topic not in the new list", { passages: { "doc-1-p2": ["un"] } }, ["passages", "doc-1-p2", 0]],
    [
      "a repeated topic id",
      { topics: [...correction.topics, { id: "iran", label: "Iran again" }] },
      ["topics", 2, "id"],
    ],
    [
      "a link within one document",
      { links: [{ source: "doc-2-p1", target: "doc-2-p2", score: 1 }] },
      ["links", 0],
    ],
    [
      "the same link twice",
      {
        links: [
          { source: "doc-1-p2", target: "doc-2-p1", score: 1 },
          { source: "doc-2-p1", target: "doc-1-p2", score: 0.5 },
        ],
      },
      ["links", 1],
    ],
    [
      "a score above 1",
      { links: [{ source: "doc-1-p2", target: "doc-2-p1", score: 1.5 }] },
      ["links", 0, "score"],
    ],
  ])("rejects %s with a zod issue at its path, changing nothing", async (_, change, path) => {
    const before = await getStoredComparison(handle.db, slug);
    const error = await updateAlignment(handle.db, slug, { ...correction, ...change }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path)).toEqual([path]);
    expect(await getStoredComparison(handle.db, slug)).toEqual(before);
  });

  it("applies concurrent corrections one after the other", async () => {
    const results = await Promise.all([
      updateAlignment(handle.db, slug, correction),
      updateAlignment(handle.db, slug, {
        topics: [{ id: "x", label: "X" }],
        passages: { "doc-2-p2": ["x"] },
        links: [],
      }),
    ]);
    const final = await getStoredComparison(handle.db, slug);
    // Whichever committed last is what is stored, whole: never a mix of the two.
    expect(results).toContainEqual(final);
  });
});
