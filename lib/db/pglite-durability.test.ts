import { fsyncSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";

import { durableFromEnv, pgliteFolderOptions } from "./pglite-durability";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function settings(pg: PGlite): Promise<Record<string, string>> {
  const { rows } = await pg.query<{ name: string; setting: string }>(
    "select name, setting from pg_settings where name in ('fsync', 'wal_sync_method', 'synchronous_commit')",
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.setting]));
}

describe("durable commits on embedded PGlite", { timeout: 60_000 }, () => {
  it("is the default; PARALLAX_FSYNC=off opts out", () => {
    expect(durableFromEnv({})).toBe(true);
    expect(durableFromEnv({ PARALLAX_FSYNC: "on" })).toBe(true);
    expect(durableFromEnv({ PARALLAX_FSYNC: "off" })).toBe(false);
    expect(durableFromEnv({ PARALLAX_FSYNC: "OFF" })).toBe(false);
  });

  it("fsyncs the WAL to disk at every commit when durable", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parallax-durable-"));
    dirs.push(dir);
    let syncs = 0;
    const pg = await PGlite.create(
      pgliteFolderOptions(dir, true, (fd) => {
        syncs++;
        fsyncSync(fd);
      }),
    );
    try {
      expect(await settings(pg)).toEqual({ fsync: "on", synchronous_commit: "on", wal_sync_method: "fsync" });
      await pg.exec("create table t (n int)");
      const before = syncs;
      for (let n = 0; n < 5; n++) await pg.query("insert into t values ($1)", [n]);
      // One WAL flush per committed transaction reached the real fsync.
      expect(syncs - before).toBeGreaterThanOrEqual(5);
    } finally {
      await pg.close();
    }
  });

  it("runs with fsync off when not durable (PGlite's own default)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parallax-relaxed-"));
    dirs.push(dir);
    const pg = await PGlite.create(pgliteFolderOptions(dir, false));
    try {
      expect((await settings(pg)).fsync).toBe("off");
    } finally {
      await pg.close();
    }
  });
});
