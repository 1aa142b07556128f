/**
 * `npm run bench:web`: the reader beside the floor, in one run. Builds Parallax and the floor app
 * (scripts/bench/floor-app: the same Next.js and React, no code of ours; skip both builds with
 * `--no-build`), serves both, then measures, the pages alternating so a slow spell of the machine hits all
 * alike: Lighthouse mobile (median of 5) on the reader's default page, its full text, a student's
 * workspace (a phone: Lighthouse's mobile emulation) and the floor's `/`; first-load JS of `/` gzipped,
 * the reader's and the floor's; the topic filter's click-to-paint and language cues' switch-to-marks at 4×
 * CPU slowdown. Prints each figure
 * absolute and as a difference from the floor, against the bars; writes the raw runs to
 * bench-results/web.json. Misses are reported, not failed; exits non-zero only if something could not
 * be measured. `--only=<label part>` and `--runs=N` narrow a run while working.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstLoadJs } from "./bundle";
import { clientLinesLine, countClientLines } from "./client-lines";
import { type CueTiming, cueLines, measureCueTiming } from "./cue-timing";
import { CLICK_BAR_MS, measureFilterTiming, type ScenarioTiming } from "./filter-timing";
import { type Bar, type FloorRow, floorRows, formatFloorTable, paintOrderLine } from "./floor-bars";
import { type LighthouseRun, runLighthouse, type SeedStorage } from "./lighthouse";
import { spread } from "./report";
import { buildApp, findFreePort, type Server, startServer } from "./server";

const argValue = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
/** `--runs=N` for a quick look while working; the figures to report are medians of 5. */
const RUNS = Number(argValue("runs") ?? 5);
/** `--only=student`: only the targets whose label contains it, beside the floor. */
const ONLY = argValue("only");
const FLOOR_DIR = "scripts/bench/floor-app";
const BUNDLE_DELTA_KB = 20;
const log = (message: string) => process.stderr.write(`[bench:web] ${message}\n`);
const errors: string[] = [];

interface Target {
  label: string;
  url: string;
  storage?: SeedStorage;
  bars: Bar[];
}

const DEFAULT_BARS: Bar[] = [
  { metric: "performance", relative: { delta: 2, at: "least" } },
  { metric: "TBT", relative: { delta: 40, at: "most" } },
  { metric: "LCP", relative: { delta: 400, at: "most" } },
  { metric: "CLS", absolute: { value: 0, at: "most" } },
  { metric: "accessibility", absolute: { value: 100, at: "least" } },
];
const OTHER_BARS: Bar[] = [
  { metric: "performance", relative: { delta: 5, at: "least" } },
  { metric: "TBT", info: true },
  { metric: "LCP", info: true },
  { metric: "accessibility", absolute: { value: 100, at: "least" } },
];

/** A class activity with one student, whose seat the workspace run finds in localStorage. */
async function studentSeat(baseUrl: string): Promise<{ path: string; storage: SeedStorage }> {
  const post = async (path: string, body: unknown) => {
    const send = () =>
      fetch(`${baseUrl}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    // A kept-alive socket the server has just closed fails once ("fetch failed"): try again on a new one.
    const response = await send().catch(send);
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, string>;
  };
  const created = await post("/api/classes", {
    comparison: "israel-russia",
    title: "bench:web",
    topics: ["un-votes", "hamas-visits"],
  });
  const seat = await post("/api/classes/join", { joinCode: created.joinCode, name: "Bench" });
  const classId = seat.classId ?? "";
  const value = JSON.stringify({
    classId,
    studentId: seat.studentId,
    studentToken: seat.studentToken,
    name: "Bench",
  });
  return { path: `/classes/${classId}/student`, storage: { [`parallax:class:${classId}:student`]: value } };
}

async function attempt<T>(what: string, run: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}${cause}`;
    errors.push(message);
    log(`FAILED ${message}`);
    return undefined;
  }
}

function filterLines(timings: ScenarioTiming[]): string[] {
  return timings.map((t) => {
    const s = spread(t.clicks.map((c) => c.ms));
    const ok = s.median <= CLICK_BAR_MS && t.unchanged.length === 0;
    const unchanged = t.unchanged.length > 0 ? `; no visible change after ${t.unchanged.join(", ")}` : "";
    return `filter click→paint, ${t.scenario.name} (${t.scenario.path}): median ${s.median.toFixed(0)} ms, slowest ${s.max.toFixed(0)} ms (${s.n} clicks) | bar: median ≤ ${CLICK_BAR_MS} ms | ${ok ? "ok" : "MISS"}${unchanged}`;
  });
}

async function main(): Promise<number> {
  if (!process.argv.includes("--no-build")) {
    log("next build (Parallax, then the floor app)");
    buildApp();
    buildApp(FLOOR_DIR);
  }
  const bundle = await attempt("first-load JS of /", () => firstLoadJs("/"));
  const floorBundle = await attempt("first-load JS of the floor's /", () => firstLoadJs("/", FLOOR_DIR));
  const dataDir = mkdtempSync(join(tmpdir(), "parallax-bench-web-"));
  const reader = await startServer(await findFreePort(3300), { env: { PARALLAX_DATA_DIR: dataDir } });
  let floor: Server | undefined;
  const runs = new Map<string, LighthouseRun[]>();
  let filter: ScenarioTiming[] = [];
  let cues: CueTiming[] = [];
  let targets: Target[] = [];
  try {
    floor = await startServer(await findFreePort(3400), { dir: FLOOR_DIR, readyPath: "/" });
    const seat = await attempt("a student's seat", () => studentSeat(reader.baseUrl));
    targets = [
      { label: "reader /", url: `${reader.baseUrl}/`, bars: DEFAULT_BARS },
      { label: "reader /?view=full", url: `${reader.baseUrl}/?view=full`, bars: OTHER_BARS },
      ...(seat
        ? [
            {
              label: "student workspace",
              url: `${reader.baseUrl}${seat.path}`,
              storage: seat.storage,
              bars: OTHER_BARS,
            },
          ]
        : []),
      { label: "floor /", url: `${floor.baseUrl}/`, bars: [] },
    ].filter((t) => !ONLY || t.label === "floor /" || t.label.includes(ONLY));
    // Warm the servers' route caches: readers meet a running server, not a cold start.
    for (const t of targets) await fetch(t.url).then((r) => r.text());
    for (let i = 1; i <= RUNS; i++) {
      for (const t of targets) {
        log(`lighthouse ${i}/${RUNS} ${t.label}`);
        // Lighthouse now and then fails to record a trace (NO_NAVSTART) on a loaded machine: one more try.
        const result = await attempt(`lighthouse ${t.label} run ${i}`, () =>
          runLighthouse(t.url, t.storage).catch(() => runLighthouse(t.url, t.storage)),
        );
        if (result) runs.set(t.label, [...(runs.get(t.label) ?? []), result.run]);
      }
    }
    log("filter click-to-paint at 4× CPU slowdown");
    filter = (await attempt("filter timing", () => measureFilterTiming(reader.baseUrl))) ?? [];
    log("language cues switch-to-marks at 4× CPU slowdown");
    cues = (await attempt("cue timing", () => measureCueTiming(reader.baseUrl))) ?? [];
  } finally {
    await Promise.all([reader.stop(), floor?.stop()]);
    log("servers stopped");
  }

  const floorRuns = runs.get("floor /") ?? [];
  const rows: FloorRow[] = targets
    .filter((t) => t.bars.length > 0)
    .flatMap((t) => floorRows(t.label, runs.get(t.label) ?? [], floorRuns, t.bars));
  const kb = (b: { totalGzipBytes: number } | undefined) => (b ? b.totalGzipBytes / 1024 : Number.NaN);
  const floorKb = kb(floorBundle);
  rows.unshift({
    metric: "first-load JS (gzip)",
    page: "reader /",
    value: spread(bundle ? [kb(bundle)] : []),
    floor: floorKb,
    format: (v) => `${v.toFixed(1)} KB`,
    bar: `≤ floor + ${BUNDLE_DELTA_KB} KB (${(floorKb + BUNDLE_DELTA_KB).toFixed(1)} KB)`,
    ok: kb(bundle) <= floorKb + BUNDLE_DELTA_KB,
  });
  const floorLines = ["performance", "LCP", "TBT", "CLS", "accessibility"].map((metric) => {
    const pick = (r: LighthouseRun) =>
      metric === "LCP"
        ? r.lcpMs
        : metric === "TBT"
          ? r.tbtMs
          : metric === "CLS"
            ? r.cls
            : r.scores[metric as "performance"];
    const s = spread(floorRuns.map(pick));
    // Milliseconds whole, CLS to three places, scores as they are.
    const f = (v: number) => (metric === "CLS" ? v.toFixed(3) : String(Math.round(v)));
    const unit = metric === "LCP" || metric === "TBT" ? " ms" : "";
    return `  ${metric}: ${f(s.median)}${unit} (${f(s.min)}–${f(s.max)}${unit})`;
  });
  console.log(formatFloorTable(rows));
  console.log(`\nThe floor's / (${floorRuns.length} runs): ${floorLines.join(";")}`);
  console.log("\nLCP by paint order (Lighthouse counts scripts that ran before the first paint into LCP):");
  for (const label of ["reader /", "floor /"]) console.log(paintOrderLine(label, runs.get(label) ?? []));
  console.log(`\n${filterLines(filter).join("\n")}`);
  console.log(cueLines(cues).join("\n"));
  console.log(clientLinesLine(countClientLines()));

  mkdirSync("bench-results", { recursive: true });
  const raw = {
    date: new Date().toISOString(),
    bundle,
    floorBundle,
    lighthouse: Object.fromEntries(runs),
    filter,
    cues,
    table: rows.map(({ format: _, ...row }) => row),
    errors,
  };
  writeFileSync("bench-results/web.json", `${JSON.stringify(raw, null, 2)}\n`);
  log("raw results in bench-results/web.json");
  if (errors.length > 0) {
    console.log(`\nCould not measure:\n${errors.map((e) => `  ${e}`).join("\n")}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:web could not measure: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
