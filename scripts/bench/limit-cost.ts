/**
 * What the shared limit counters cost per request: the statements a join (one read; a wrong code adds
 * one upsert) and a student write (one upsert) now run, timed on embedded PGlite and, when
 * TEST_DATABASE_URL is set, on PostgreSQL. Usage: `npm run bench:limits -- [rounds]`.
 */
import { openDb } from "../../lib/db/client";
import { hitCounters, readCounters } from "../../lib/db/limit-counters";
import { freshPostgresDatabase } from "../../lib/db/testing";

const rounds = Number(process.argv[2] ?? 500);

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(3);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms`;
}

async function time(run: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run(i);
    times.push(performance.now() - start);
  }
  return times;
}

async function measure(
  name: string,
  open: () => Promise<{ db: Parameters<typeof hitCounters>[0]; close(): Promise<void> }>,
) {
  const handle = await open();
  try {
    await hitCounters(handle.db, ["warm"], 60_000); // first query (PGlite's wasm start) not counted
    const write = await time((i) => hitCounters(handle.db, [`write:s${i % 100}`], 60_000));
    const wrong = await time((i) => hitCounters(handle.db, [`join:a:a${i % 50}`, `join:c:C${i}`], 600_000));
    const read = await time((i) => readCounters(handle.db, [`join:a:a${i % 50}`]));
    console.log(`${name}: student write (1 upsert) ${summary(write)}`);
    console.log(`${name}: wrong join code (1 upsert, 2 keys) ${summary(wrong)}`);
    console.log(`${name}: right join code (1 read) ${summary(read)}`);
  } finally {
    await handle.close();
  }
}

await measure("pglite", () => openDb({ memory: true }));
if (process.env.TEST_DATABASE_URL) {
  const database = await freshPostgresDatabase();
  try {
    await measure("postgres", () => openDb({ url: database.url }));
  } finally {
    await database.drop();
  }
}
