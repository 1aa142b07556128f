import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { hashSecret } from "../security/secrets";
import {
  checkEditKey,
  createClass,
  type DeleteOutcome,
  deleteStoredComparison,
  getStoredComparison,
  importStatus,
  saveComparison,
} from ".";
import { sampleClass } from "./class-fixtures";
import { sampleImport } from "./fixtures";
import { classes, comparisons } from "./schema";
import { engines, suiteDatabase } from "./testing";

describe.each(engines)("import owners on $name", { timeout: 30_000 }, (engine) => {
  const handle = suiteDatabase(engine);

  const classOn = (slug: string) =>
    createClass(handle.db, { ...sampleClass, comparison: slug, storedComparison: true });

  it("gives each import its own 256-bit key and stores only its hash", async () => {
    const a = await saveComparison(handle.db, sampleImport);
    const b = await saveComparison(handle.db, sampleImport);
    expect(a.editKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.editKey).not.toBe(b.editKey);
    const [row] = await handle.db
      .select({ hash: comparisons.editKeyHash })
      .from(comparisons)
      .where(eq(comparisons.slug, a.slug));
    expect(row?.hash).toBe(hashSecret(a.editKey));
    const stored = JSON.stringify(await handle.db.execute(sql`select * from comparisons`));
    expect(stored).not.toContain(a.editKey);
    expect(JSON.stringify(await getStoredComparison(handle.db, a.slug))).not.toContain(row?.hash);
  });

  it("accepts only the import's own key", async () => {
    const a = await saveComparison(handle.db, sampleImport);
    const b = await saveComparison(handle.db, sampleImport);
    expect(await checkEditKey(handle.db, a.slug, a.editKey)).toBe("ok");
    expect(await checkEditKey(handle.db, a.slug, b.editKey)).toBe("refused");
    expect(await checkEditKey(handle.db, a.slug, null)).toBe("refused");
    expect(await checkEditKey(handle.db, a.slug, `${a.editKey}x`)).toBe("refused");
    expect(await checkEditKey(handle.db, "no-such-import", a.editKey)).toBe("not-found");
  });

  it("keeps an import stored before keys existed read-only", async () => {
    const { slug, editKey } = await saveComparison(handle.db, sampleImport);
    await handle.db.update(comparisons).set({ editKeyHash: null }).where(eq(comparisons.slug, slug));
    expect(await checkEditKey(handle.db, slug, editKey)).toBe("read-only");
    expect(await importStatus(handle.db, slug)).toEqual({
      title: sampleImport.title,
      keyed: false,
      activities: 0,
    });
  });

  it("reports the title, the key and how many activities use the import", async () => {
    const { slug } = await saveComparison(handle.db, sampleImport);
    expect(await importStatus(handle.db, slug)).toEqual({
      title: sampleImport.title,
      keyed: true,
      activities: 0,
    });
    await classOn(slug);
    await classOn(slug);
    expect((await importStatus(handle.db, slug))?.activities).toBe(2);
    expect(await importStatus(handle.db, "no-such-import")).toBeNull();
  });

  it("refuses to delete an import that activities use, and changes nothing", async () => {
    const { slug } = await saveComparison(handle.db, sampleImport);
    const made = await classOn(slug);
    const before = await getStoredComparison(handle.db, slug);
    expect(await deleteStoredComparison(handle.db, slug)).toEqual({
      ok: false,
      reason: "in-use",
      activities: 1,
    });
    expect(await getStoredComparison(handle.db, slug)).toEqual(before);
    const [cls] = await handle.db.execute(sql`select count(*)::int as n from classes`).then((r) => {
      const rows = (r as unknown as { rows: { n: number }[] }).rows;
      return rows;
    });
    expect(cls?.n).toBe(1);
    expect(made).not.toBeNull();
  });

  it("counts a class created while the delete waits for the comparison", async () => {
    const { slug } = await saveComparison(handle.db, sampleImport);
    let deletion: Promise<DeleteOutcome> | undefined;
    // What createClass does: KEY SHARE on the comparison, then the class, then commit.
    await handle.db.transaction(async (tx) => {
      await tx
        .select({ id: comparisons.id })
        .from(comparisons)
        .where(eq(comparisons.slug, slug))
        .for("key share");
      deletion = deleteStoredComparison(handle.db, slug);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.insert(classes).values({
        publicId: "racingclass00000",
        comparison: slug,
        title: "Racing",
        joinCode: "RACE22",
        teacherTokenHash: hashSecret("racing"),
        topics: [],
        prompts: [],
        labels: sampleClass.labels,
      });
    });
    expect(await deletion).toEqual({ ok: false, reason: "in-use", activities: 1 });
    expect(await getStoredComparison(handle.db, slug)).not.toBeNull();
  });
});
