import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { idSchema, SEED_SLUG } from "../corpus";
import { deleteStoredComparison, getStoredComparison, saveComparison } from ".";
import { expectedComparison, sampleImport } from "./fixtures";
import { countRows, engines, suiteDatabase } from "./testing";

const EMPTY = { comparisons: 0, documents: 0, passages: 0, topics: 0, passageTopics: 0, links: 0 };
/** The sample without topics or links. */
const untagged = {
  ...sampleImport,
  documents: sampleImport.documents.map((d) => ({
    ...d,
    passages: d.passages.map((p) => ({ ...p, topics: [] })),
  })),
  topics: [],
  links: [],
};
const sequence =
  (...values: string[]) =>
  () =>
    values.shift() ?? "zzzz";

describe.each(engines)("stored comparisons on $name", { timeout: 30_000 }, (engine) => {
  const handle = suiteDatabase(engine);

  it("gives back exactly what was imported, in the Comparison shape, links on both passages", async () => {
    const { slug } = await saveComparison(handle.db, sampleImport);
    expect(await getStoredComparison(handle.db, slug)).toEqual(expectedComparison(slug));
  });

  it("returns null for a slug it does not have", async () => {
    expect(await getStoredComparison(handle.db, "no-such-thing")).toBeNull();
  });

  it("deletes a comparison and, by cascade, every row belonging to it", async () => {
    const kept = await saveComparison(handle.db, sampleImport);
    const before = await countRows(handle.db);
    const { slug } = await saveComparison(handle.db, sampleImport);
    expect(await deleteStoredComparison(handle.db, slug)).toEqual({ ok: true });
    expect(await deleteStoredComparison(handle.db, slug)).toEqual({ ok: false, reason: "not-found" });
    expect(await getStoredComparison(handle.db, slug)).toBeNull();
    expect(await countRows(handle.db)).toEqual(before);
    expect(await getStoredComparison(handle.db, kept.slug)).toEqual(expectedComparison(kept.slug));
  });

  it("writes nothing when the database refuses a row after the documents were inserted", async () => {
    // A trigger stands in for any DB-level failure late in the transaction (disk full, constraint, …).
    await handle.db.execute(sql`create function fail_link() returns trigger language plpgsql as $$
      begin raise exception 'injected failure'; end $$`);
    await handle.db.execute(
      sql`create trigger fail_link before insert on links for each row execute function fail_link()`,
    );
    try {
      await expect(saveComparison(handle.db, sampleImport)).rejects.toThrow();
      expect(await countRows(handle.db)).toEqual(EMPTY);
    } finally {
      await handle.db.execute(sql`drop trigger fail_link on links`);
      await handle.db.execute(sql`drop function fail_link()`);
    }
    // The database is still usable afterwards.
    const { slug } = await saveComparison(handle.db, sampleImport);
    expect(await getStoredComparison(handle.db, slug)).toEqual(expectedComparison(slug));
  });

  it("rejects invalid input with zod issues and writes nothing", async () => {
    const bad = { ...sampleImport, links: [{ source: "doc-1-p1", target: "doc-1-p2", score: 0.5 }] };
    const error = await saveComparison(handle.db, bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path)).toEqual([["links", 0]]);
    expect(await countRows(handle.db)).toEqual(EMPTY);
  });

  it("makes kebab-case slugs from the title with a 50-bit random suffix", async () => {
    const { slug } = await saveComparison(handle.db, { ...sampleImport, title: "Israël & Russia — 2024!" });
    expect(slug).toMatch(/^israel-russia-2024-[a-km-np-z2-9]{10}$/);
    expect(idSchema.safeParse(slug).success).toBe(true);
    const suffixes = new Set<string>();
    for (let i = 0; i < 5; i++)
      suffixes.add((await saveComparison(handle.db, untagged)).slug.split("-").at(-1) ?? "");
    expect(suffixes.size).toBe(5);
  });

  it("never takes a seed comparison's slug", async () => {
    const [base, suffix] = SEED_SLUG.split(/-(?=[^-]+$)/) as [string, string];
    const { slug } = await saveComparison(
      handle.db,
      { ...sampleImport, title: base },
      { suffix: sequence(suffix, "k3x9") },
    );
    expect(slug).toBe(`${base}-k3x9`);
  });

  it("tries another suffix when the slug is taken", async () => {
    const first = await saveComparison(handle.db, sampleImport, { suffix: sequence("aaaa") });
    const second = await saveComparison(handle.db, sampleImport, { suffix: sequence("aaaa", "bbbb") });
    expect([first.slug, second.slug]).toEqual([
      "israel-and-russia-two-readings-aaaa",
      "israel-and-russia-two-readings-bbbb",
    ]);
    expect(await getStoredComparison(handle.db, second.slug)).toEqual(expectedComparison(second.slug));
  });

  it("stores a large import (chunked inserts) intact", async () => {
    const many = (doc: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${doc}-p${i + 1}`,
        type: "paragraph" as const,
        text: `Passage ${i + 1} of ${doc}.`,
        topics: ["t"],
      }));
    const [a, b] = sampleImport.documents as [
      (typeof sampleImport.documents)[0],
      (typeof sampleImport.documents)[0],
    ];
    const big = {
      title: "Big",
      documents: [
        { ...a, passages: many("doc-1", 1_500) },
        { ...b, passages: many("doc-2", 1_200) },
      ],
      topics: [{ id: "t", label: "T" }],
      links: Array.from({ length: 1_200 }, (_, i) => ({
        source: `doc-1-p${i + 1}`,
        target: `doc-2-p${i + 1}`,
        score: 0.25,
      })),
    };
    const { slug } = await saveComparison(handle.db, big);
    const stored = await getStoredComparison(handle.db, slug);
    expect(stored?.documents.map((d) => d.passages.length)).toEqual([1_500, 1_200]);
    expect(stored?.documents[0]?.passages[1_199]).toEqual({
      ...many("doc-1", 1_200)[1_199],
      counterparts: [{ id: "doc-2-p1200", score: 0.25 }],
    });
    expect(stored?.documents[0]?.passages[1_499]?.counterparts).toEqual([]);
  });
});
