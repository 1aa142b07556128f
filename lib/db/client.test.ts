import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";

import {
  DataFolderInUseError,
  DEFAULT_MIGRATIONS_FOLDER,
  defaultTarget,
  getStoredComparison,
  openDb,
  saveComparison,
} from ".";
import { expectedComparison, sampleImport } from "./fixtures";
import { comparisons } from "./schema";
import { freshPostgresDatabase } from "./testing";

const journal = JSON.parse(
  readFileSync(path.join(DEFAULT_MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"),
) as {
  entries: unknown[];
};

describe("where the database lives", () => {
  it("is PostgreSQL when DATABASE_URL is set, else PGlite in PARALLAX_DATA_DIR or .data", () => {
    expect(defaultTarget({ DATABASE_URL: "postgres://h/db", PARALLAX_DATA_DIR: "/x" })).toEqual({
      url: "postgres://h/db",
    });
    expect(defaultTarget({ PARALLAX_DATA_DIR: "/srv/parallax" })).toEqual({ dataDir: "/srv/parallax" });
    expect(defaultTarget({})).toEqual({ dataDir: path.join(process.cwd(), ".data") });
    expect(defaultTarget({ NODE_ENV: "production" })).toEqual({ dataDir: path.join(process.cwd(), ".data") });
    // `next dev` keeps to its own folder, so a dev server and `next start` in one checkout can both run.
    expect(defaultTarget({ NODE_ENV: "development" })).toEqual({
      dataDir: path.join(process.cwd(), ".data-dev"),
    });
    expect(defaultTarget({ NODE_ENV: "development", PARALLAX_DATA_DIR: "/x" })).toEqual({ dataDir: "/x" });
  });
});

describe("PGlite in a data directory", { timeout: 60_000 }, () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps what was saved across a close and a reopen, and migrates only once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parallax-db-"));
    dirs.push(dir);
    const dataDir = path.join(dir, "not-yet-created");
    const first = await openDb({ dataDir });
    const { slug } = await saveComparison(first.db, sampleImport);
    await first.close();
    await first.close(); // idempotent

    const second = await openDb({ dataDir });
    try {
      expect(await getStoredComparison(second.db, slug)).toEqual(expectedComparison(slug));
      const applied = await second.db
        .select({ n: sql<number>`count(*)::int` })
        .from(sql`drizzle.__drizzle_migrations`);
      expect(applied).toEqual([{ n: journal.entries.length }]);
      // Identity sequences survived a clean close: the next row continues after the first.
      const next = await saveComparison(second.db, sampleImport);
      const ids = await second.db.select({ id: comparisons.id }).from(comparisons).orderBy(comparisons.id);
      expect(ids).toEqual([{ id: 1 }, { id: 2 }]);
      expect(next.slug).not.toBe(slug);
    } finally {
      await second.close();
    }
  });
});

describe("one process per data folder", { timeout: 60_000 }, () => {
  it("refuses a second open of a folder in use, without touching it; the first keeps working", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parallax-db-lock-"));
    try {
      const first = await openDb({ dataDir: dir });
      const { slug } = await saveComparison(first.db, sampleImport);
      const second = await openDb({ dataDir: dir }).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(DataFolderInUseError);
      expect((second as Error).message).toBe(
        `The data folder ${dir} is in use by this process; use DATABASE_URL (PostgreSQL) to run several processes.`,
      );
      const more = await saveComparison(first.db, sampleImport);
      await first.close();

      const reopened = await openDb({ dataDir: dir }); // released on close
      try {
        expect(await getStoredComparison(reopened.db, slug)).toEqual(expectedComparison(slug));
        expect(await getStoredComparison(reopened.db, more.slug)).toEqual(expectedComparison(more.slug));
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the app's database (getDb)", { timeout: 60_000 }, () => {
  it("is one instance per process, closed cleanly on SIGTERM so its sequences do not jump", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parallax-getdb-"));
    try {
      const { DATABASE_URL: _, ...env } = process.env;
      const child = spawnSync(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "lib/db/signal-child.ts"],
        {
          env: { ...env, PARALLAX_DATA_DIR: dir },
          encoding: "utf8",
        },
      );
      expect(child.signal, child.stderr).toBe("SIGTERM");
      expect(JSON.parse(child.stdout)).toEqual({ shared: true });
      const reopened = await openDb({ dataDir: dir });
      try {
        // After an unclean stop PGlite loses its cached sequence values: the next id would be 34, not 2.
        await saveComparison(reopened.db, sampleImport);
        const ids = await reopened.db
          .select({ id: comparisons.id })
          .from(comparisons)
          .orderBy(comparisons.id);
        expect(ids).toEqual([{ id: 1 }, { id: 2 }]);
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("PostgreSQL", { timeout: 60_000 }, () => {
  it("lets several processes start at once: one migrates, the others wait and find it done", async () => {
    const database = await freshPostgresDatabase();
    try {
      const opened = await Promise.allSettled(Array.from({ length: 4 }, () => openDb({ url: database.url })));
      const handles = opened.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []));
      try {
        expect(opened.filter((o) => o.status === "rejected")).toEqual([]);
        const [one] = handles;
        const applied = await one?.db
          .select({ n: sql<number>`count(*)::int` })
          .from(sql`drizzle.__drizzle_migrations`);
        expect(applied).toEqual([{ n: journal.entries.length }]);
        const saved = await Promise.all(handles.map((h) => saveComparison(h.db, sampleImport)));
        expect(new Set(saved.map((s) => s.slug)).size).toBe(4);
      } finally {
        await Promise.all(handles.map((h) => h.close()));
      }
    } finally {
      await database.drop();
    }
  });

  it("fails to open, without leaking connections, when the server is unreachable", async () => {
    await expect(openDb({ url: "postgres://postgres@127.0.0.1:1/none" })).rejects.toThrow();
  });
});
