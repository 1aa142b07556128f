import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createClass, type DbHandle, getStoredComparison, openDb, saveComparison } from "../db";
import { sampleClass } from "../db/class-fixtures";
import { sampleImport } from "../db/fixtures";
import { freshPostgresDatabase } from "../db/testing";
import { backup, restore } from "./backup";

const scratch = mkdtempSync(path.join(tmpdir(), "parallax-backup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function fill(handle: DbHandle) {
  const { slug } = await saveComparison(handle.db, sampleImport);
  const made = await createClass(handle.db, { ...sampleClass, comparison: slug, storedComparison: true });
  await handle.close();
  return { slug, classId: made?.class.publicId };
}

async function expectRestored(handle: DbHandle, expected: { slug: string; classId?: string }) {
  try {
    expect((await getStoredComparison(handle.db, expected.slug))?.slug).toBe(expected.slug);
    const rows = await handle.db.execute<{ public_id: string }>("select public_id from classes");
    const ids = (rows as unknown as { rows: { public_id: string }[] }).rows.map((r) => r.public_id);
    expect(ids).toEqual([expected.classId]);
  } finally {
    await handle.close();
  }
}

describe("backup and restore", () => {
  it("restores an embedded store's comparisons and class activities into a new folder", async () => {
    const dataDir = path.join(scratch, "live");
    const expected = await fill(await openDb({ dataDir }));
    const file = path.join(scratch, "backups", "parallax.tar.gz");
    expect(await backup({ dataDir }, file)).toBeGreaterThan(1000);

    const restored = path.join(scratch, "restored");
    await restore(file, { dataDir: restored });
    await expectRestored(await openDb({ dataDir: restored }), expected);
    await expect(restore(file, { dataDir: restored })).rejects.toThrow(/is not empty/);
  }, 60_000);

  const pgTools = (() => {
    try {
      execFileSync("pg_dump", ["--version"]);
      return Boolean(process.env.TEST_DATABASE_URL);
    } catch {
      return false;
    }
  })();

  it.skipIf(!pgTools)(
    "restores a PostgreSQL dump into another database",
    async () => {
      const source = await freshPostgresDatabase();
      const target = await freshPostgresDatabase();
      try {
        const expected = await fill(await openDb({ url: source.url }));
        const file = path.join(scratch, "parallax.dump");
        await backup({ url: source.url }, file);
        await restore(file, { url: target.url });
        await expectRestored(await openDb({ url: target.url }), expected);
      } finally {
        await source.drop();
        await target.drop();
      }
    },
    60_000,
  );
});
