/**
 * Opening the database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in a data directory.
 * Migrations are applied on open, so the app needs no separate migration step. A PGlite folder is locked
 * to one process (folder-lock.ts) and commits are fsynced unless PARALLAX_FSYNC=off (pglite-durability.ts).
 */
import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { Pool } from "pg";

import { log, logError } from "../log";
import { type FolderLock, isDataFolderInUse, lockDataFolder } from "./folder-lock";
import { durableFromEnv, pgliteFolderOptions } from "./pglite-durability";
import * as schema from "./schema";

/** Either driver: the repository only uses what both share. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbTarget = { url: string } | { dataDir: string } | { memory: true };
export interface DbHandle {
  db: Db;
  engine: "postgres" | "pglite";
  close(): Promise<void>;
}
export interface OpenOptions {
  /** Defaults to lib/db/migrations under the working directory (the project root for next, vitest, tsx). */
  migrationsFolder?: string;
  /** PGlite in a folder: fsync each commit (default: yes unless PARALLAX_FSYNC=off). */
  durable?: boolean;
}

export const DEFAULT_MIGRATIONS_FOLDER = path.join(process.cwd(), "lib", "db", "migrations");
/** Arbitrary constant shared by every Parallax process migrating the same PostgreSQL database. */
const MIGRATION_LOCK_KEY = 0x50_4c_58_01;

export async function openDb(target: DbTarget, options: OpenOptions = {}): Promise<DbHandle> {
  const migrationsFolder = options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER;
  if ("url" in target) return openPostgres(target.url, migrationsFolder);
  return openPglite(target, migrationsFolder, options.durable ?? durableFromEnv());
}

async function openPostgres(url: string, migrationsFolder: string): Promise<DbHandle> {
  const pool = new Pool({ connectionString: url });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", (error) => logError("PostgreSQL pool", error));
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= pool.end();
    return closed;
  };
  try {
    const client = await pool.connect();
    try {
      // Several server processes may start at once: one migrates, the others wait, then find nothing to do.
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
      client.release();
    } catch (error) {
      // Destroy rather than pool a connection whose session may still hold the lock.
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { db: drizzlePostgres({ client: pool, schema }), engine: "postgres", close };
}

async function openPglite(
  target: { dataDir: string } | { memory: true },
  migrationsFolder: string,
  durable: boolean,
) {
  let dataDir: string | undefined;
  let lock: FolderLock | undefined;
  if ("dataDir" in target) {
    dataDir = path.resolve(target.dataDir);
    mkdirSync(dataDir, { recursive: true });
    // Before PGlite touches the folder: a second process on it would destroy it (DataFolderInUseError).
    lock = await lockDataFolder(dataDir);
  }
  let client: PGlite;
  try {
    client = dataDir ? await PGlite.create(pgliteFolderOptions(dataDir, durable)) : await PGlite.create();
  } catch (error) {
    await lock?.release();
    throw error;
  }
  let closed: Promise<void> | undefined;
  const close = () => {
    // The lock goes only once PGlite has written everything and let go of the folder.
    closed ??= (client.closed ? Promise.resolve() : client.close()).finally(() => lock?.release());
    return closed;
  };
  const db = drizzlePglite({ client, schema });
  try {
    await migratePglite(db, { migrationsFolder });
  } catch (error) {
    await close();
    throw error;
  }
  return { db, engine: "pglite", close } satisfies DbHandle;
}

/**
 * Where the app's database lives, from the environment. `next dev` (NODE_ENV=development) defaults to a
 * folder of its own, so `npm run dev` and `npm start` in one checkout do not fight over one folder.
 */
export function defaultTarget(env: Record<string, string | undefined> = process.env): DbTarget {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  const folder = env.NODE_ENV === "development" ? ".data-dev" : ".data";
  return {
    dataDir: path.resolve(
      /* turbopackIgnore: true */ env.PARALLAX_DATA_DIR || path.join(process.cwd(), folder),
    ),
  };
}

// On globalThis: Next may load this module more than once (server layers, dev reloads), and a PGlite
// directory must be opened by one instance only.
const HOLDER = Symbol.for("parallax.db");
type Holder = { handle?: Promise<DbHandle> };
const store = globalThis as Record<symbol, Holder | undefined>;
const holder: Holder = store[HOLDER] ?? {};
store[HOLDER] = holder;

/** The app's database, opened (and migrated) at first use. */
export function getDb(): Promise<Db> {
  if (!holder.handle) {
    const target = defaultTarget();
    if (!("url" in target) && process.env.NEXT_PHASE === "phase-production-build") {
      // Build workers run in parallel processes; two processes on one PGlite directory corrupt it.
      return Promise.reject(
        new Error("The embedded database cannot be opened during `next build`: make the route dynamic."),
      );
    }
    const opening = openDb(target);
    holder.handle = opening;
    opening.then(closeOnSignals, (error: unknown) => {
      // The operator must see why every request fails; the message names the folder and the holder.
      if (isDataFolderInUse(error)) log.error({ dataDir: error.dataDir, holder: error.pid }, error.message);
      // Let the next request retry (e.g. PostgreSQL was not up yet, or the other process has stopped).
      if (holder.handle === opening) holder.handle = undefined;
    });
  }
  return holder.handle.then((h) => h.db);
}

/** Closes PGlite cleanly on shutdown (an unclean stop makes its sequences jump) and ends the pool. */
function closeOnSignals(handle: DbHandle): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      handle
        .close()
        .catch((error: unknown) => logError("closing the database", error))
        .finally(() => {
          // Nobody else (e.g. Next's server) handles the signal: end the process as the default would.
          if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
        });
    });
  }
}
