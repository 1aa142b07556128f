/**
 * `npm run bench:class -- --open [--engine=pglite|postgres|both]` (default both): a lecture hall on one
 * server. 300 students join; tag throughput is measured against the floor app's bare POST route in the
 * same run (closed loop, 32 at a time, floor before and after); 1,000 tags arrive at once; then 300 × 10
 * tags at random moments over 30 s (an open model, ~100/s whatever the latency) while the teacher's
 * dashboard is polled every 3 s; then 300 × 20 answers of 300 characters, and the teacher catches up.
 * Every acknowledged tag is then looked up in the database: stored exactly once. Needs both production
 * builds (`npx next build` and `npx next build scripts/bench/floor-app`).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import pg from "pg";
import { openDb } from "../../lib/db/client";
import { startNext } from "../next-process";
import { startPostgres } from "./class-infra";
import {
  closedLoop,
  newClientId,
  openModel,
  p50,
  p95,
  pollEvery,
  postJson,
  postRetrying,
  type Teacher,
  type Timed,
  teacherPoll,
  timed,
} from "./class-open-load";
import { findFreePort } from "./server";

const STUDENTS = 300;
const FLOOR_DIR = "scripts/bench/floor-app";
const BARS = { tagP95: 100, dashboardP95: 300, idleBytes: 5 * 1024, pollBytes: 100 * 1024, ratio: 0.5 };
const log = (message: string) => process.stderr.write(`[bench:class --open] ${message}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ok = (pass: boolean) => (pass ? "ok" : "MISS");
type Engine = "pglite" | "postgres";

interface Ack {
  student: string;
  passageId: string;
  clientId: string;
}

async function runEngine(engine: Engine): Promise<{ lines: string[]; pass: boolean; result: object }> {
  const dataDir = engine === "pglite" ? mkdtempSync("/tmp/parallax-bench-data.") : "";
  const privatePg = engine === "postgres" && !process.env.BENCH_DATABASE_URL ? startPostgres() : null;
  const databaseUrl = process.env.BENCH_DATABASE_URL ?? privatePg?.url ?? "";
  const env = engine === "pglite" ? { PARALLAX_DATA_DIR: dataDir } : { DATABASE_URL: databaseUrl };
  const app = await startNext(await findFreePort(3400), { env, standalone: true, stdio: "ignore" });
  const floor = await startNext(await findFreePort(3500), {
    dir: FLOOR_DIR,
    readyPath: "/",
    stdio: "ignore",
  });
  const base = app.baseUrl;
  const acks: Ack[] = [];
  let stopped = false;
  try {
    const comparison = JSON.parse((await timed(`${base}/api/comparisons/israel-russia`)).body) as {
      documents: { passages: { id: string }[] }[];
    };
    const passages = comparison.documents.flatMap((d) => d.passages.map((p) => p.id));
    const prompts = Array.from({ length: 20 }, (_, i) => ({ topic: null, text: `Question ${i + 1}?` }));
    const cls = JSON.parse(
      (await postJson(`${base}/api/classes`, { comparison: "israel-russia", title: "Hall", prompts })).body,
    ) as { id: string; joinCode: string; teacherToken: string };
    const teacherAuth = { Authorization: `Bearer ${cls.teacherToken}`, "Content-Type": "application/json" };
    await fetch(`${base}/api/classes/${cls.id}`, {
      method: "PATCH",
      headers: teacherAuth,
      body: JSON.stringify({ maxStudents: STUDENTS }),
    });
    const activity = (await (
      await fetch(`${base}/api/classes/${cls.id}`, { headers: teacherAuth })
    ).json()) as {
      labels: { id: string }[];
      prompts: { id: string }[];
    };
    const labels = activity.labels.map((l) => l.id);
    log(`${engine}: 300 joins`);
    const joined = await closedLoop(STUDENTS, 50, (i) =>
      postJson(`${base}/api/classes/join`, { joinCode: cls.joinCode, name: `Student ${i + 1}` }),
    );
    const students = joined.results.flatMap((r) =>
      r.status === 201
        ? [JSON.parse((r as Timed & { body: string }).body) as { studentId: string; studentToken: string }]
        : [],
    );
    const tag = async (s: (typeof students)[number], passageId: string): Promise<Timed> => {
      const body = {
        passageId,
        label: labels[acks.length % labels.length] ?? "fact",
        clientId: newClientId(),
      };
      const result = await postRetrying(`${base}/api/classes/${cls.id}/responses`, body, s.studentToken);
      if (result.status === 200 || result.status === 201)
        acks.push({ student: s.studentId, passageId, clientId: body.clientId });
      return result;
    };
    const studentAt = (i: number) => students[i % students.length] ?? students[0];

    log(`${engine}: throughput, floor / tags / floor`);
    const floorPost = () =>
      postJson(`${floor.baseUrl}/api/tag`, { passageId: "news-p1", label: "fact", clientId: newClientId() });
    const floor1 = await closedLoop(1000, 32, floorPost);
    const tags = await closedLoop(1200, 32, (i) =>
      tag(studentAt(i) as never, passages[Math.floor(i / 300)] ?? ""),
    );
    const floor2 = await closedLoop(1000, 32, floorPost);
    const floorRate = (floor1.perSecond + floor2.perSecond) / 2;
    log(
      `${engine}: tags ${tags.perSecond.toFixed(0)}/s, floor ${floor1.perSecond.toFixed(0)} and ${floor2.perSecond.toFixed(0)}/s`,
    );
    const ratio = tags.perSecond / floorRate;

    log(`${engine}: 1,000 tags at once`);
    const burstStarted = performance.now();
    const burst = await Promise.all(
      Array.from({ length: 1000 }, (_, k) =>
        tag(studentAt(k) as never, passages[4 + Math.floor(k / 300)] ?? ""),
      ),
    );
    const burstMs = performance.now() - burstStarted;
    log(`${engine}: burst answered in ${(burstMs / 1000).toFixed(1)} s`);

    log(`${engine}: open model, 300 × 10 tags over 30 s, dashboard every 3 s`);
    const teacher: Teacher = {
      base,
      classId: cls.id,
      token: cls.teacherToken,
      etag: "",
      cursor: "",
      answers: 0,
    };
    await teacherPoll(teacher);
    const polling = pollEvery(teacher, 3000);
    const jobs = students.flatMap((s) =>
      Array.from({ length: 10 }, (_, k) => ({ s, passageId: passages[8 + k] ?? "" })),
    );
    const open = await openModel(jobs, 30_000, (j) => tag(j.s, j.passageId));
    await polling.stop();
    log(`${engine}: open model tag p95 ${p95(open.map((t) => t.ms)).toFixed(0)} ms`);

    log(`${engine}: 300 × 20 answers of 300 characters`);
    const text = "x".repeat(290);
    const answered = await closedLoop(STUDENTS * 20, 100, (i) => {
      const s = studentAt(i) as (typeof students)[number];
      const promptId = activity.prompts[Math.floor(i / STUDENTS)]?.id ?? "";
      return postRetrying(
        `${base}/api/classes/${cls.id}/answers`,
        { promptId, text: `${i}`.padStart(10, "0") + text, clientId: newClientId() },
        s.studentToken,
      );
    });
    // The teacher who polled all along catches up; a new one (a reload) starts from nothing.
    const caughtUp = await teacherPoll(teacher);
    const fresh: Teacher = { ...teacher, etag: "", cursor: "", answers: 0 };
    const reload = await teacherPoll(fresh);
    const idle = await teacherPoll(teacher);
    const idleAnswers = await fetch(`${base}/api/classes/${cls.id}/answers?after=${teacher.cursor}`, {
      headers: teacherAuth,
    });
    const idleAnswersBytes = Buffer.byteLength(await idleAnswers.text());

    await app.stop();
    await floor.stop();
    stopped = true;
    const stored = await storedTags(engine, dataDir, databaseUrl, cls.id);
    const storedKeys = new Map<string, number>();
    for (const r of stored)
      storedKeys.set(
        `${r.student}|${r.passage}|${r.client}`,
        (storedKeys.get(`${r.student}|${r.passage}|${r.client}`) ?? 0) + 1,
      );
    const lost = acks.filter((a) => !storedKeys.has(`${a.student}|${a.passageId}|${a.clientId}`)).length;
    const duplicated = [...storedKeys.values()].filter((n) => n > 1).length;
    const burstAcked = burst.filter((b) => b.status === 201 || b.status === 200).length;
    const burstPassages = new Set(passages.slice(4, 8));
    const burstStored = stored.filter((r) => burstPassages.has(r.passage)).length;

    const tagMs = open.map((t) => t.ms);
    const dashMs = polling.dashboards.map((d) => d.ms);
    const allPolls = [
      ...polling.dashboards,
      ...polling.feeds,
      caughtUp.dashboard,
      ...caughtUp.feed,
      reload.dashboard,
      ...reload.feed,
    ];
    const maxPoll = Math.max(...allPolls.map((p) => p.bytes));
    const idleBytes = idle.dashboard.bytes + idle.feed.reduce((sum, f) => sum + f.bytes, 0);
    const failures = [...open, ...burst, ...tags.results, ...answered.results].filter(
      (r) => r.status >= 300,
    ).length;
    const checks = {
      tagP95: p95(tagMs) <= BARS.tagP95,
      dashboardP95: p95(dashMs) <= BARS.dashboardP95,
      idle: idle.dashboard.status === 304 && idleBytes <= BARS.idleBytes,
      pollSize: maxPoll <= BARS.pollBytes,
      burst: burstAcked === 1000 && burstStored === 1000 && lost === 0 && duplicated === 0,
      ratio: ratio >= BARS.ratio,
    };
    const lines = [
      `engine: ${engine === "pglite" ? "PGlite (embedded default, fsync on)" : `PostgreSQL (${process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL" : "private"})`}`,
      `students joined: ${students.length}/${STUDENTS}; requests refused or failed: ${failures}`,
      `throughput (closed loop, 32 at a time): tags ${tags.perSecond.toFixed(0)}/s, bare route ${floor1.perSecond.toFixed(0)}/s and ${floor2.perSecond.toFixed(0)}/s → ${(ratio * 100).toFixed(0)}% (bar ≥ 50%) ${ok(checks.ratio)}`,
      `  tag p50/p95 ${p50(tags.results.map((r) => r.ms)).toFixed(0)}/${p95(tags.results.map((r) => r.ms)).toFixed(0)} ms, bare p50/p95 ${p50(floor1.results.map((r) => r.ms)).toFixed(0)}/${p95(floor1.results.map((r) => r.ms)).toFixed(0)} ms`,
      `1,000 tags at once: ${burstAcked} acknowledged in ${(burstMs / 1000).toFixed(2)} s (p95 ${p95(burst.map((b) => b.ms)).toFixed(0)} ms), ${burstStored} stored ${ok(checks.burst)}`,
      `open model, ${open.length} tags over 30 s (~${(open.length / 30).toFixed(0)}/s): tag p50 ${p50(tagMs).toFixed(0)} ms, p95 ${p95(tagMs).toFixed(0)} ms (bar ≤ ${BARS.tagP95}) ${ok(checks.tagP95)}`,
      `dashboard every 3 s (${dashMs.length} polls, ${polling.dashboards.filter((d) => d.status === 304).length} × 304): p50 ${p50(dashMs).toFixed(0)} ms, p95 ${p95(dashMs).toFixed(0)} ms (bar ≤ ${BARS.dashboardP95}) ${ok(checks.dashboardP95)}`,
      `300 × 20 answers of 300 chars: ${answered.results.filter((r) => r.status === 201).length} stored at ${answered.perSecond.toFixed(0)}/s`,
      `teacher catching up after them: dashboard ${kb(caughtUp.dashboard.bytes)}, ${caughtUp.feed.length} answer pages, largest ${kb(Math.max(...caughtUp.feed.map((f) => f.bytes)))}; a reload: ${kb(reload.dashboard.bytes)} + ${reload.feed.length} pages (${fresh.answers} answers)`,
      `largest poll response (of ${allPolls.length}): ${kb(maxPoll)} (bar ≤ 100 KB) ${ok(checks.pollSize)}`,
      `poll with nothing new: dashboard ${idle.dashboard.status}, ${idleBytes} B body (+ headers); answers after the cursor: ${idleAnswersBytes} B (bar ≤ 5 KB) ${ok(checks.idle)}`,
      `acknowledged tags: ${acks.length}; in the database: ${stored.length}; lost ${lost}, duplicated ${duplicated} ${ok(lost === 0 && duplicated === 0)}`,
    ];
    const result = {
      engine,
      date: new Date().toISOString(),
      throughput: { tags: tags.perSecond, floor: [floor1.perSecond, floor2.perSecond], ratio },
      burst: { acked: burstAcked, stored: burstStored, ms: burstMs },
      open: { n: open.length, p50: p50(tagMs), p95: p95(tagMs) },
      dashboard: { n: dashMs.length, p50: p50(dashMs), p95: p95(dashMs) },
      maxPollBytes: maxPoll,
      idleBytes,
      stored: { acks: acks.length, rows: stored.length, lost, duplicated },
      checks,
    };
    return { lines, pass: Object.values(checks).every(Boolean) && lost === 0 && duplicated === 0, result };
  } finally {
    if (!stopped) {
      await app.stop();
      await floor.stop();
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    privatePg?.stop();
  }
}

/** Every stored tag of the class, read straight from the database once the server has stopped. */
async function storedTags(engine: Engine, dataDir: string, url: string, classId: string) {
  const query = `select s.public_id as student, r.passage_id as passage, r.client_id as client
    from responses r join classes c on c.id = r.class_id join students s on s.id = r.student_id
    where c.public_id = $1`;
  type Row = { student: string; passage: string; client: string };
  if (engine === "postgres") {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<Row>(query, [classId])).rows;
    } finally {
      await client.end();
    }
  }
  const handle = await openDb({ dataDir });
  try {
    const { sql } = await import("drizzle-orm");
    const result = (await handle.db.execute(
      sql.raw(query.replace("$1", `'${classId.replace(/'/g, "")}'`)),
    )) as unknown as {
      rows: Row[];
    };
    return result.rows;
  } finally {
    await handle.close();
  }
}

export async function runOpen(args: ReadonlySet<string>): Promise<number> {
  const engineArg = [...args].find((a) => a.startsWith("--engine="))?.slice("--engine=".length) ?? "both";
  const engines: Engine[] = engineArg === "both" ? ["pglite", "postgres"] : [engineArg as Engine];
  if (!existsSync(".next/BUILD_ID") || !existsSync(`${FLOOR_DIR}/.next/BUILD_ID`))
    throw new Error(`Build both first: npx next build && npx next build ${FLOOR_DIR}`);
  let pass = true;
  const file = "bench-results/class.json";
  mkdirSync("bench-results", { recursive: true });
  for (const engine of engines) {
    const run = await runEngine(engine);
    pass &&= run.pass;
    console.log(`\nbench:class --open — ${STUDENTS} students (${new Date().toISOString()})`);
    for (const line of run.lines) console.log(line);
    const previous = existsSync(file)
      ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
      : {};
    writeFileSync(file, `${JSON.stringify({ ...previous, [`open-${engine}`]: run.result }, null, 2)}\n`);
  }
  return pass ? 0 : 1;
}
