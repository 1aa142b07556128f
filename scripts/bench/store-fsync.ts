/**
 * What durable commits cost on embedded PGlite: N student tag writes (one transaction each, as the API
 * makes them) through lib/db on a fresh folder, with fsync at each commit and without. Sequential, then
 * 8 at a time (PGlite runs one query at a time, so concurrency only queues).
 *   npm run bench:store -- [writes=1000] [rounds=2]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClass, joinClass, openDb, upsertResponse } from "../../lib/db";
import { sampleClass } from "../../lib/db/class-fixtures";

const WRITES = Number(process.argv[2] ?? 1000);
const ROUNDS = Number(process.argv[3] ?? 2);
const PASSAGES = ["news-p1", "news-p2", "news-p3", "news-p4"];

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function run(durable: boolean, concurrency: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-fsync-"));
  const handle = await openDb({ dataDir: dir }, { durable });
  try {
    const made = await createClass(handle.db, sampleClass);
    if (!made) throw new Error("no class");
    const joined = await joinClass(handle.db, made.class.joinCode, "Ana");
    if (!joined.ok) throw new Error("no student");
    const author = { classId: made.class.id, studentId: joined.student.id };
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      for (let i = next++; i < WRITES; i = next++) {
        const t = performance.now();
        await upsertResponse(handle.db, author, {
          passageId: PASSAGES[i % PASSAGES.length] ?? "news-p1",
          label: i % 2 ? "fact" : "opinion",
          clientId: `bench-${durable}-${concurrency}-${i}`,
        });
        latencies.push(performance.now() - t);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      durable,
      concurrency,
      writesPerSecond: Math.round(WRITES / seconds),
      p50: +pct(latencies, 0.5).toFixed(1),
      p95: +pct(latencies, 0.95).toFixed(1),
      p99: +pct(latencies, 0.99).toFixed(1),
      max: +(latencies.at(-1) ?? 0).toFixed(1),
    };
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (let round = 0; round < ROUNDS; round++)
  // Alternate the order so neither mode always runs on a warmer machine.
  for (const concurrency of [1, 8])
    for (const durable of round % 2 ? [true, false] : [false, true])
      console.log(JSON.stringify(await run(durable, concurrency)));
