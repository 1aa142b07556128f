import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { NewComparison } from "../corpus/input-schema";

import { deleteStoredComparison, getStoredComparison, getStoredSuggestions, saveComparison } from ".";
import { expectedComparison, sampleImport, sampleSuggestions, suggestedImport } from "./fixtures";
import { countRows, engines, suiteDatabase } from "./testing";

type Doc = NewComparison["documents"][number];
type Passage = Doc["passages"][number];

describe.each(engines)("stored suggestions on $name", { timeout: 30_000 }, (engine) => {
  const handle = suiteDatabase(engine);

  it("gives the owner's editor each passage's suggestions in the aligner's order", async () => {
    const { slug } = await saveComparison(handle.db, suggestedImport);
    expect(await getStoredSuggestions(handle.db, slug)).toEqual(sampleSuggestions);
  });

  it("leaves them out of the comparison readers load", async () => {
    const { slug } = await saveComparison(handle.db, suggestedImport);
    const comparison = await getStoredComparison(handle.db, slug);
    expect(comparison).toEqual(expectedComparison(slug));
    expect(JSON.stringify(comparison)).not.toContain("candidates");
  });

  it("has none, and no error, for an import saved without them; null for an unknown slug", async () => {
    const { slug } = await saveComparison(handle.db, sampleImport);
    expect(await getStoredSuggestions(handle.db, slug)).toEqual({});
    expect(await getStoredSuggestions(handle.db, "no-such-thing")).toBeNull();
  });

  it("keeps each import's suggestions apart and deletes them with their import", async () => {
    const kept = await saveComparison(handle.db, suggestedImport);
    const { slug } = await saveComparison(handle.db, suggestedImport);
    await deleteStoredComparison(handle.db, slug);
    expect(await getStoredSuggestions(handle.db, slug)).toBeNull();
    expect(await getStoredSuggestions(handle.db, kept.slug)).toEqual(sampleSuggestions);
  });

  it("refuses a suggestion in the passage's own text and writes nothing", async () => {
    const [first, ...rest] = suggestedImport.documents as [Doc, ...Doc[]];
    const [head, second] = first.passages as [Passage, Passage];
    const own = { ...second, candidates: [{ id: "doc-1-p1", score: 0.4 }] };
    const bad = {
      ...suggestedImport,
      documents: [{ ...first, passages: [head, own] }, ...rest],
    };
    const error = await saveComparison(handle.db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.message)).toEqual([
      '"doc-1-p1" is in the same document: suggestions come from the other texts',
    ]);
    expect(await countRows(handle.db)).toMatchObject({ comparisons: 0, passages: 0 });
  });
});
