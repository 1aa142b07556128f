/**
 * `npm run bench:web`: the reading page's speed and quality figures, printed against their bars.
 * Builds the app (skip with `--no-build`), serves the production build on 127.0.0.1, then measures:
 * first-load JS of `/` gzipped, Lighthouse mobile (median of 5) on `/` and a filtered topic view, and
 * the topic filter's click-to-paint at 4× CPU slowdown. Prints a table and writes the raw results to
 * bench-results/web.json. Misses are reported, not failed; exits non-zero only if a figure could not be
 * measured.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { Result } from "lighthouse";
import { firstLoadJs } from "./bundle";
import { filterRows, measureFilterTiming, type ScenarioTiming } from "./filter-timing";
import { CATEGORIES, type LighthouseRun, runLighthouse } from "./lighthouse";
import { lighthouseRows, SCORE_BARS } from "./lighthouse-rows";
import { fixed, formatTable, type Row, spread } from "./report";
import { buildApp, findFreePort, startServer } from "./server";

const RUNS = 5;
const PAGES = ["/", "/?topics=un-votes,hamas-visits"];
const BUNDLE_BAR_KB = 165;
const OUT_DIR = "bench-results";

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const errors: string[] = [];

async function attempt<T>(what: string, run: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const message = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    errors.push(message);
    log(`FAILED ${message}`);
    return undefined;
  }
}

function gitState() {
  // Read-only: GIT_OPTIONAL_LOCKS=0 keeps `git status` from refreshing the index.
  const env = { ...process.env, GIT_OPTIONAL_LOCKS: "0" };
  const git = (...args: string[]) =>
    execFileSync("git", args, { encoding: "utf8", env, stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    return { commit: git("rev-parse", "HEAD"), dirty: git("status", "--porcelain").length > 0 };
  } catch {
    return null;
  }
}

/** Lighthouse runs alternate between the pages, so a slow spell of the machine hits both alike. */
async function lighthouseAll(baseUrl: string) {
  const runs = new Map<string, LighthouseRun[]>(PAGES.map((p) => [p, []]));
  const reports = new Map<string, Result[]>(PAGES.map((p) => [p, []]));
  for (let i = 1; i <= RUNS; i++) {
    for (const page of PAGES) {
      log(`lighthouse ${i}/${RUNS} ${page}`);
      const result = await attempt(`lighthouse ${page} run ${i}`, () => runLighthouse(`${baseUrl}${page}`));
      if (!result) continue;
      runs.get(page)?.push(result.run);
      reports.get(page)?.push(result.lhr);
    }
  }
  return { runs, reports };
}

/** Audits that cost points in a category whose median misses its bar, with how many runs failed them. */
function failingAuditLines(page: string, runs: LighthouseRun[]): string[] {
  const missed = CATEGORIES.filter((c) => spread(runs.map((r) => r.scores[c])).median < SCORE_BARS[c]);
  const seen = new Map<string, { head: string; values: Set<string>; count: number }>();
  for (const a of runs.flatMap((run) => run.failing)) {
    if (!missed.includes(a.category)) continue;
    const key = `${a.category}/${a.id}`;
    const entry = seen.get(key) ?? {
      head: `${a.category} · ${a.group ?? "-"} · ${a.id}: ${a.title}`,
      values: new Set(),
      count: 0,
    };
    entry.count++;
    if (a.displayValue) entry.values.add(a.displayValue);
    seen.set(key, entry);
  }
  if (seen.size === 0) return [];
  return [
    `Failing audits on ${page} (score < 1; runs that failed it; its values):`,
    ...[...seen.values()].map(
      (e) =>
        `  ${e.head} — ${e.count}/${runs.length}${e.values.size > 0 ? ` (${[...e.values].join(" | ")})` : ""}`,
    ),
  ];
}

/** Where a click's time goes (Event Timing, clicks ≥ 16 ms): the median of each phase per scenario. */
function phaseLines(timings: ScenarioTiming[]): string[] {
  const ms = (values: number[]) => `${spread(values).median.toFixed(0)} ms`;
  return [
    "Filter click phases, medians (input delay / processing = event handlers and React render / presentation = style, layout, paint):",
    ...timings.map((t) => {
      const phases = t.clicks.flatMap((c) => (c.phases ? [c.phases] : []));
      if (phases.length === 0) return `  ${t.scenario.name}: every click under 16 ms`;
      const [input, processing, presentation] = [
        ms(phases.map((p) => p.inputDelay)),
        ms(phases.map((p) => p.processing)),
        ms(phases.map((p) => p.presentation)),
      ];
      return `  ${t.scenario.name}: ${input} / ${processing} / ${presentation} (${phases.length} clicks)`;
    }),
  ];
}

async function main(): Promise<number> {
  if (!process.argv.includes("--no-build")) {
    log("next build");
    buildApp();
  }
  const bundle = await attempt("first-load JS", () => firstLoadJs("/"));
  const port = await findFreePort(3300);
  log(`starting next start on 127.0.0.1:${port}`);
  const server = await startServer(port);
  let lighthouse: Awaited<ReturnType<typeof lighthouseAll>> | undefined;
  let filter: ScenarioTiming[] | undefined;
  try {
    // Warm the server's route caches: readers meet a running server, not a cold start.
    for (const page of PAGES) await fetch(`${server.baseUrl}${page}`).then((r) => r.text());
    lighthouse = await lighthouseAll(server.baseUrl);
    log("filter click-to-paint");
    filter = await attempt("filter timing", () => measureFilterTiming(server.baseUrl));
  } finally {
    await server.stop();
    log("server stopped");
  }

  const bundleKb = bundle ? bundle.totalGzipBytes / 1024 : Number.NaN;
  const rows: Row[] = [
    {
      metric: "first-load JS (gzip)",
      page: "/",
      spread: bundle ? spread([bundleKb]) : spread([]),
      format: fixed(1, " KB"),
      bar: `≤ ${BUNDLE_BAR_KB} KB`,
      ok: bundleKb <= BUNDLE_BAR_KB,
    },
    ...PAGES.flatMap((page) => lighthouseRows(page, lighthouse?.runs.get(page) ?? [])),
    ...filterRows(filter ?? []),
  ];
  console.log(formatTable(rows));
  for (const page of PAGES) {
    const lines = failingAuditLines(page, lighthouse?.runs.get(page) ?? []);
    if (lines.length > 0) console.log(`\n${lines.join("\n")}`);
  }
  if (filter) console.log(`\n${phaseLines(filter).join("\n")}`);
  for (const t of filter ?? []) {
    if (t.unchanged.length > 0)
      console.log(`\n${t.scenario.name}: no visible change after ${t.unchanged.join(", ")}`);
  }

  mkdirSync(OUT_DIR, { recursive: true });
  // The full Lighthouse report of each page's median-performance run, to dig into a miss.
  for (const [i, page] of PAGES.entries()) {
    const reports = lighthouse?.reports.get(page) ?? [];
    const median = spread(reports.map((r) => r.categories.performance?.score ?? 0)).median;
    const lhr = reports.find((r) => (r.categories.performance?.score ?? 0) === median) ?? reports[0];
    if (lhr) writeFileSync(`${OUT_DIR}/lighthouse-page${i + 1}.json`, JSON.stringify(lhr));
  }
  const raw = {
    date: new Date().toISOString(),
    git: gitState(),
    bundle,
    lighthouse: Object.fromEntries(lighthouse?.runs ?? []),
    filter,
    table: rows.map(({ format: _, ...row }) => row),
    errors,
  };
  writeFileSync(`${OUT_DIR}/web.json`, `${JSON.stringify(raw, null, 2)}\n`);
  log(`raw results in ${OUT_DIR}/web.json`);
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
