/**
 * `npm run bench:class [-- --build] [-- --kill]`: 300 students join a class on the seed at once, then
 * each tags 10 distinct passages with random labels, all students in parallel. Checks through the
 * dashboard and a direct SQL count that exactly 3,000 tags are stored, and prints p50/p95/p99 of the
 * joins and the tag POSTs and the throughput. `--kill` SIGKILLs the server mid-load and starts it
 * again; the clients retry what got no answer with the same clientId, and every acknowledged tag
 * must then be stored exactly once. Needs a production build (`--build` runs `next build` first).
 * Uses BENCH_DATABASE_URL, or starts a private PostgreSQL on port 54331 and removes it at the end;
 * `--engine=pglite` runs on the embedded store instead (counted after the server stops, as its folder is
 * locked while it runs).
 * `--open` runs the lecture-hall bench instead (scripts/bench/class-open.ts), on both engines.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type AppServer, startApp, startPostgres } from "./class-infra";
import { type Ack, newStats, send, summarize, tagPassages } from "./class-load";
import { buildApp, findFreePort } from "./server";

const args = new Set(process.argv.slice(2));
if (args.has("--open")) {
  // The lecture-hall run (open model, throughput against the bare route, poll sizes): class-open.ts.
  const { runOpen } = await import("./class-open");
  process.exit(await runOpen(args));
}
const KILL = args.has("--kill");
/** `--think=MS`: each student reads up to MS ms (at random) before each tag; default 0, back to back. */
const THINK_MS = Number(process.argv.find((a) => a.startsWith("--think="))?.slice("--think=".length) ?? 0);
const STUDENTS = 300;
const PER_STUDENT = 10;
const BAR_P95_MS = 150;

if (args.has("--build")) buildApp();
if (!existsSync(".next/BUILD_ID"))
  throw new Error("No production build: run `npx next build` or pass --build.");

const EMBEDDED = process.argv.includes("--engine=pglite");
const db = process.env.BENCH_DATABASE_URL || EMBEDDED ? null : startPostgres();
const databaseUrl = process.env.BENCH_DATABASE_URL ?? db?.url ?? "";
const store = EMBEDDED ? { dataDir: mkdtempSync("/tmp/parallax-bench-data.") } : databaseUrl;
const port = await findFreePort(3400);
let server: AppServer = await startApp(port, store);
const base = server.baseUrl;

try {
  const seed = (await (await fetch(`${base}/api/comparisons/israel-russia`)).json()) as {
    documents: { passages: { id: string }[] }[];
  };
  const passages = seed.documents.flatMap((d) => d.passages.map((p) => p.id));
  const setupStats = newStats();
  const created = await send(
    `${base}/api/classes`,
    { comparison: "israel-russia", title: "Bench" },
    {},
    setupStats,
  );
  const cls = created?.body as { id: string; joinCode: string; teacherToken: string };
  const activity = (await (
    await fetch(`${base}/api/classes/${cls.id}`, { headers: { Authorization: `Bearer ${cls.teacherToken}` } })
  ).json()) as { labels: { id: string }[] };
  const labels = activity.labels.map((l) => l.id);
  // A class holds 100 students unless the teacher allows more.
  await fetch(`${base}/api/classes/${cls.id}`, {
    method: "PATCH",
    headers: { Authorization: `Bearer ${cls.teacherToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ maxStudents: STUDENTS }),
  });

  // 300 joins at once from one address, as from a school NAT: right codes are never limited.
  const joinStats = newStats();
  const joined = await Promise.all(
    Array.from({ length: STUDENTS }, (_, i) =>
      send(`${base}/api/classes/join`, { joinCode: cls.joinCode, name: `Student ${i + 1}` }, {}, joinStats, {
        retry: false,
      }),
    ),
  );
  const students = joined.flatMap((j) => {
    const body = j?.status === 201 ? (j.body as { studentId: string; studentToken: string }) : null;
    return body ? [{ studentId: body.studentId, token: body.studentToken }] : [];
  });

  const tagStats = newStats();
  const acks: Ack[] = [];
  let downtimeMs = 0;
  const killer = KILL
    ? (async () => {
        while (acks.length < (STUDENTS * PER_STUDENT) / 3) await new Promise((r) => setTimeout(r, 5));
        const killedAt = performance.now();
        await server.kill();
        server = await startApp(port, store);
        downtimeMs = performance.now() - killedAt;
      })()
    : Promise.resolve();
  const started = performance.now();
  await Promise.all(
    students.map((s) =>
      tagPassages(
        base,
        cls.id,
        s,
        passages,
        labels,
        PER_STUDENT,
        tagStats,
        (ack) => acks.push(ack),
        THINK_MS,
      ),
    ),
  );
  const elapsedMs = performance.now() - started;
  await killer;

  const dashboard = (await (
    await fetch(`${base}/api/classes/${cls.id}/dashboard`, {
      headers: { Authorization: `Bearer ${cls.teacherToken}` },
    })
  ).json()) as { responses: number };
  const rows = await storedTags(cls.id);
  const storedBy = new Map<string, number>();
  for (const r of rows)
    storedBy.set(
      `${r.student}|${r.passage}|${r.label}|${r.client}`,
      (storedBy.get(`${r.student}|${r.passage}|${r.label}|${r.client}`) ?? 0) + 1,
    );
  const lost = acks.filter(
    (a) => !storedBy.has(`${a.studentId}|${a.passageId}|${a.label}|${a.clientId}`),
  ).length;
  const duplicated = [...storedBy.values()].filter((n) => n > 1).length;
  const perPair = new Set(rows.map((r) => `${r.student}|${r.passage}`)).size;

  const joins = summarize(joinStats.latencies);
  const tags = summarize(tagStats.latencies);
  const expected = STUDENTS * PER_STUDENT;
  const result = {
    mode: `${KILL ? "kill" : "normal"}${THINK_MS > 0 ? `-think${THINK_MS}` : ""}`,
    thinkMs: THINK_MS,
    date: new Date().toISOString(),
    engine: EMBEDDED
      ? "PGlite (embedded, fsync on)"
      : process.env.BENCH_DATABASE_URL
        ? "postgres (BENCH_DATABASE_URL)"
        : "postgres (private, 15)",
    students: { requested: STUDENTS, joined: students.length },
    joins,
    responses: tags,
    throughput: {
      responsesPerSecond: Math.round(acks.length / (elapsedMs / 1000)),
      elapsedMs: Math.round(elapsedMs),
    },
    stored: {
      expected,
      acknowledged: acks.length,
      sql: rows.length,
      dashboard: dashboard.responses,
      lost,
      duplicated: duplicated + (rows.length - perPair),
    },
    retries: {
      replayedAcks: acks.filter((a) => a.result === "replayed").length,
      failedAttempts: tagStats.failedAttempts,
      retried: tagStats.retried,
      givenUp: tagStats.givenUp.length,
    },
    ...(KILL ? { downtimeMs: Math.round(downtimeMs) } : {}),
    bars: { p95Ms: BAR_P95_MS },
  };
  const ok = (b: boolean) => (b ? "ok" : "MISS");
  const line = (cells: (string | number)[]) =>
    console.log(cells.map((c, i) => String(c).padEnd([26, 10, 10, 10, 10, 8][i] ?? 8)).join(" "));
  console.log(
    `\nbench:class (${result.mode}) — ${STUDENTS} students × ${PER_STUDENT} tags, ${result.engine}\n`,
  );
  line(["", "n", "p50 ms", "p95 ms", "p99 ms", "bar"]);
  line(["joins (all at once)", joins.n, joins.p50, joins.p95, joins.p99, ok(joins.p95 <= BAR_P95_MS)]);
  line(["tag POSTs (300 parallel)", tags.n, tags.p50, tags.p95, tags.p99, ok(tags.p95 <= BAR_P95_MS)]);
  console.log(
    `\nthroughput: ${result.throughput.responsesPerSecond} tags/s (${(elapsedMs / 1000).toFixed(2)} s for ${acks.length})`,
  );
  console.log(
    `stored: SQL ${rows.length}, dashboard ${dashboard.responses}, acknowledged ${acks.length}, expected ${expected} — ${ok(rows.length === expected && dashboard.responses === expected && acks.length === expected)}`,
  );
  console.log(
    `lost acknowledged: ${lost}, duplicated: ${result.stored.duplicated} — ${ok(lost === 0 && result.stored.duplicated === 0)}`,
  );
  console.log(
    `attempts without an answer or with a 5xx: ${tagStats.failedAttempts} (retried ${tagStats.retried}, given up ${tagStats.givenUp.length}); acknowledged as replays (had landed, answer lost): ${result.retries.replayedAcks}`,
  );
  if (KILL) console.log(`server down (SIGKILL → answering again): ${result.downtimeMs} ms`);
  for (const g of [...joinStats.givenUp, ...tagStats.givenUp].slice(0, 5))
    console.log(`  refused: ${g.status} ${g.body}`);
  mkdirSync("bench-results", { recursive: true });
  // One file for both modes: each run replaces its own mode's entry.
  const file = "bench-results/class.json";
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
    : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, [result.mode]: result }, null, 2)}\n`);
} finally {
  await server.stop();
  db?.stop();
}

/** Every stored tag of the class, read straight from the database (the embedded one once the server stopped). */
async function storedTags(classId: string) {
  const sql = `select s.public_id as student, r.passage_id as passage, r.label, r.client_id as client
       from responses r join classes c on c.id = r.class_id join students s on s.id = r.student_id
      where c.public_id = $1`;
  type Row = { student: string; passage: string; label: string; client: string };
  if (typeof store !== "string") {
    await server.stop();
    const embedded = await PGlite.create(store.dataDir);
    const { rows } = await embedded.query<Row>(sql, [classId]);
    await embedded.close();
    return rows;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<Row>(sql, [classId]);
  await client.end();
  return rows;
}
