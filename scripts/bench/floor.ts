/**
 * `npm run bench:floor`: what the fixed stack costs a page before Parallax adds anything, measured
 * beside the reader so a miss can be attributed. Builds Parallax and the floor app
 * (scripts/bench/floor-app: the same Next.js and React, no client code of ours; skip both builds with
 * `--no-build`), serves both, and runs Lighthouse mobile (median of 5, runs alternating between pages so
 * a slow spell of the machine hits all alike) on:
 *   - the reader, `/`;
 *   - the floor's `/`: a heading and a sentence, only the framework's scripts;
 *   - the floor's `/texts`: the seed's texts as the topic view lays them out, rendered on the server only.
 * Then the topic filter's click-to-paint at 4× CPU slowdown on `/texts`, whose filter is CSS alone: what
 * style, layout and paint of these texts cost a click before any script runs.
 * Prints the figures against the reading page's bars, the scripts each page loads and the machine's
 * Lighthouse benchmark index; writes the raw runs to bench-results/floor.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { Result } from "lighthouse";
import { FLOOR_SCENARIOS, filterRows, measureFilterTiming, type ScenarioTiming } from "./filter-timing";
import { type LighthouseRun, runLighthouse } from "./lighthouse";
import { lighthouseRows } from "./lighthouse-rows";
import { fixed, formatTable, type Row, spread } from "./report";
import { buildApp, findFreePort, type Server, startServer } from "./server";

const RUNS = 5;
const FLOOR_DIR = "scripts/bench/floor-app";
const log = (message: string) => process.stderr.write(`[bench:floor] ${message}\n`);

interface Target {
  label: string;
  url: (servers: { reader: Server; floor: Server }) => string;
}
const TARGETS: Target[] = [
  { label: "reader /", url: (s) => `${s.reader.baseUrl}/` },
  { label: "floor /", url: (s) => `${s.floor.baseUrl}/` },
  { label: "floor /texts", url: (s) => `${s.floor.baseUrl}/texts` },
];

interface Measured {
  run: LighthouseRun;
  scriptKb: number;
  benchmarkIndex: number;
}

function measured(run: LighthouseRun, lhr: Result): Measured {
  const requests = (lhr.audits["network-requests"]?.details as { items?: Record<string, unknown>[] })?.items;
  const scripts = (requests ?? []).filter((r) => r.resourceType === "Script");
  const bytes = scripts.reduce(
    (sum, r) => sum + (typeof r.transferSize === "number" ? r.transferSize : 0),
    0,
  );
  return { run, scriptKb: bytes / 1024, benchmarkIndex: lhr.environment.benchmarkIndex };
}

async function main(): Promise<number> {
  if (!process.argv.includes("--no-build")) {
    log("next build (Parallax, then the floor app)");
    buildApp();
    buildApp(FLOOR_DIR);
  }
  const reader = await startServer(await findFreePort(3300));
  const floor = await startServer(await findFreePort(3400), { dir: FLOOR_DIR, readyPath: "/" }).catch(
    async (error: unknown) => {
      await reader.stop();
      throw error;
    },
  );
  const results = new Map<string, Measured[]>(TARGETS.map((t) => [t.label, []]));
  const errors: string[] = [];
  let filter: ScenarioTiming[] = [];
  try {
    for (const t of TARGETS) await fetch(t.url({ reader, floor })).then((r) => r.text());
    for (let i = 1; i <= RUNS; i++) {
      for (const t of TARGETS) {
        log(`lighthouse ${i}/${RUNS} ${t.label}`);
        try {
          const { run, lhr } = await runLighthouse(t.url({ reader, floor }));
          results.get(t.label)?.push(measured(run, lhr));
        } catch (error) {
          errors.push(`${t.label} run ${i}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    log("CSS-only filter click-to-paint");
    filter = await measureFilterTiming(floor.baseUrl, FLOOR_SCENARIOS).catch((error: unknown) => {
      errors.push(`filter timing: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    });
  } finally {
    await Promise.all([reader.stop(), floor.stop()]);
  }

  const rows: Row[] = TARGETS.flatMap((t) => {
    const runs = results.get(t.label) ?? [];
    const keep = new Set(["performance", "LCP", "TBT", "CLS"]);
    const scripts: Row = {
      metric: "scripts transferred",
      page: t.label,
      spread: spread(runs.map((m) => m.scriptKb)),
      format: fixed(1, " KB"),
      bar: "—",
      ok: true,
    };
    return [
      ...lighthouseRows(
        t.label,
        runs.map((m) => m.run),
      ).filter((r) => keep.has(r.metric)),
      scripts,
    ];
  });
  rows.push(...filterRows(filter));
  console.log(formatTable(rows));
  const index = spread([...results.values()].flat().map((m) => m.benchmarkIndex));
  console.log(
    `\nLighthouse benchmark index of this machine: median ${index.median.toFixed(0)} (${index.min.toFixed(0)}–${index.max.toFixed(0)})`,
  );

  mkdirSync("bench-results", { recursive: true });
  const raw = { date: new Date().toISOString(), results: Object.fromEntries(results), filter, errors };
  writeFileSync("bench-results/floor.json", `${JSON.stringify(raw, null, 2)}\n`);
  if (errors.length > 0) console.log(`\nCould not measure:\n${errors.map((e) => `  ${e}`).join("\n")}`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:floor could not measure: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
