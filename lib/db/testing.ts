/** Test support: the engines the storage suite runs on, each in a database of its own. */
import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";

import { type Db, type DbHandle, openDb } from "./client";
import { comparisons, documents, links, passages, passageTopics, topics } from "./schema";

export interface Engine {
  name: "pglite" | "postgres";
  open(): Promise<DbHandle>;
}

/** A new, empty PostgreSQL database on the TEST_DATABASE_URL server, dropped by `drop`. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error("TEST_DATABASE_URL is not set");
  const name = `parallax_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(admin, (c) => c.query(`create database "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE: a test that failed midway may leave a connection open.
    drop: async () => {
      await withClient(admin, (c) => c.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const pglite: Engine = { name: "pglite", open: () => openDb({ memory: true }) };

// Each suite (test file) gets its own database, so files can run in parallel on one server.
const postgres: Engine = {
  name: "postgres",
  async open() {
    const database = await freshPostgresDatabase();
    const handle = await openDb({ url: database.url });
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await database.drop();
      },
    };
  },
};

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export const engines: Engine[] = process.env.TEST_DATABASE_URL ? [pglite, postgres] : [pglite];

/** Empties every table between tests (the schema and migrations stay). */
export async function truncateAll(db: Db): Promise<void> {
  await db.execute(
    sql`truncate comparisons, documents, passages, topics, passage_topics, links, classes, students, responses, answers, limit_counters restart identity cascade`,
  );
}

/** Rows in every table, to prove a failed write left nothing behind. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = { comparisons, documents, passages, topics, passageTopics, links };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

/**
 * The database a storage suite runs on: `engine` opened once for the suite and emptied before each test.
 * `handle.db` is read at call time, so tests use it as if it were a plain handle.
 */
export function suiteDatabase(engine: Engine): { readonly db: Db } {
  let handle: DbHandle | undefined;
  const suite = {
    get db(): Db {
      if (!handle) throw new Error("the suite's database is not open yet");
      return handle.db;
    },
  };
  beforeAll(async () => {
    handle = await engine.open();
  }, 60_000);
  afterAll(() => handle?.close());
  beforeEach(() => truncateAll(suite.db));
  return suite;
}
