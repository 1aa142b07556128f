/**
 * `npm run bench:align`: the aligner's counterparts on the dev set (../shared/align-dev, read at run time,
 * leave-one-pair-out) beside the naive Jaccard baseline; the seed's topic F1 for each way of phrasing a
 * topic; the names of topics discovered on the dev set; the time and memory for two 10,000-word texts.
 * Prints tables, writes bench-results/align.json. `-- --only=names,perf` runs only those parts
 * (counterparts, seed, cv, import, names, perf) and writes nothing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { DEFAULT_ALIGN_OPTIONS } from "../../lib/align/index";
import { evaluateDevSet } from "./align-counterparts";
import { type Counts, DEV_DIR, figures, loadDevPairs } from "./align-dev";
import { evaluateImportTopics } from "./align-import-topics";
import { evaluateNames, printNames } from "./align-names";
import { evaluateSeed, PHRASINGS } from "./align-seed";
import { topicCv } from "./align-topic-cv";

const NAMED = new Set(["syria-deconfliction", "un-votes", "hamas-visits"]);
const f2 = (x: number) => x.toFixed(2);
const pad = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(" | ");
const rule = (widths: number[]) => widths.map((w) => "-".repeat(w)).join("-|-");

const only = process.argv
  .find((a) => a.startsWith("--only="))
  ?.slice("--only=".length)
  .split(",");
const want = (part: string) => !only || only.includes(part);

const pairs = loadDevPairs();
let dev: ReturnType<typeof evaluateDevSet> | null = null;
if (!pairs.length) console.log(`No dev set at ${DEV_DIR}: counterpart figures skipped.\n`);
else if (want("counterparts")) {
  dev = evaluateDevSet(pairs);
  console.log("Counterparts on the dev set, leave-one-pair-out (aligner | naive Jaccard ≥ 0.1):\n");
  const w = [26, 4, 23, 23, 11, 11];
  console.log(pad(["pair", "T", "top-1", "unlinked", "mean", "top-3"], w));
  console.log(rule(w));
  const cells = (a: Counts, j: Counts) => {
    const fa = figures(a);
    const fj = figures(j);
    return [
      `${f2(fa.top1)} (${a.hit}/${a.linked}) | ${f2(fj.top1)}`,
      `${f2(fa.unlinked)} (${a.kept}/${a.empty}) | ${f2(fj.unlinked)}`,
      `${f2(fa.mean)} | ${f2(fj.mean)}`,
      `${f2(fa.top3)} | ${f2(fj.top3)}`,
    ];
  };
  for (const r of dev.perPair) console.log(pad([r.id, f2(r.threshold), ...cells(r.aligner, r.jaccard)], w));
  console.log(rule(w));
  console.log(pad(["ALL", "", ...cells(dev.total.aligner, dev.total.jaccard)], w));
  console.log("\nCalibration of held-out link scores (share of links in each band that are right):");
  for (const [lo, hi] of [
    [0, 0.4],
    [0.4, 0.5],
    [0.5, 0.6],
    [0.6, 0.7],
    [0.7, 0.8],
    [0.8, 0.9],
    [0.9, 1.01],
  ] as const) {
    const band = dev.calibration.filter((c) => c.score >= lo && c.score < hi);
    if (!band.length) continue;
    const mean = band.reduce((s, c) => s + c.score, 0) / band.length;
    const right = band.filter((c) => c.right).length / band.length;
    console.log(
      `  ${f2(lo)}–${f2(Math.min(hi, 1))}: ${band.length} links, mean score ${f2(mean)}, right ${f2(right)}`,
    );
  }
  console.log(
    `\nFitted on all ${pairs.length} pairs: weights [${dev.fitted.weights.join(", ")}], threshold ${dev.fitted.threshold.toFixed(2)}`,
  );
  console.log(
    `Shipped:            weights [${dev.shipped.weights.join(", ")}], threshold ${dev.shipped.threshold}`,
  );
}

const runs = want("seed")
  ? PHRASINGS.map((p) => evaluateSeed("news|opinion|comments", DEFAULT_ALIGN_OPTIONS, p))
  : [];
for (const r of runs)
  if (r.mismatches.length) throw new Error(`seed passages did not map back: ${r.mismatches.join("; ")}`);
const tw = [24, 8, 13, 11, 14];
if (runs.length) {
  console.log(
    "\nSeed topics given, F1 per phrasing (label | label+phrases | label+words | label+sentence):\n",
  );
  console.log(pad(["topic", ...PHRASINGS], tw));
  console.log(rule(tw));
}
const ids = runs[0]?.topics.map((t) => t.id) ?? [];
const topicRows = ids.map((id) => {
  const f1s = runs.map((r) => r.topics.find((t) => t.id === id)?.f1 ?? 0);
  console.log(pad([`${NAMED.has(id) ? "* " : "  "}${id}`, ...f1s.map(f2)], tw));
  return { id, f1: Object.fromEntries(PHRASINGS.map((p, k) => [p, f1s[k]])) };
});
const macro = (ts: { f1: number }[]) => ts.reduce((s, t) => s + t.f1, 0) / ts.length;
if (runs.length) {
  console.log(rule(tw));
  console.log(
    pad(["* named three, mean", ...runs.map((r) => f2(macro(r.topics.filter((t) => NAMED.has(t.id)))))], tw),
  );
  console.log(pad(["all 11, mean", ...runs.map((r) => f2(macro(r.topics)))], tw));
  const main = runs[1];
  console.log(
    `\nlabel+phrases, named three P/R: ${main?.topics
      .filter((t) => NAMED.has(t.id))
      .map((t) => `${t.id} ${f2(t.precision)}/${f2(t.recall)}`)
      .join(", ")}`,
  );
}

if (want("cv"))
  console.log(
    "\nTopic options, leave-one-topic-out over the seed's 11 topics (mean F1 of the held-out topic):",
  );
// Ties go to the first value of a grid: the shipped default, or the one that changes least.
const cvs = !want("cv")
  ? []
  : [
      topicCv("threshold", [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6], PHRASINGS),
      topicCv("expand", [1, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5], ["label"]),
      topicCv("near", [0, 2, 3, 4, 5, 6, 8], PHRASINGS),
      topicCv("passing", [false, true], PHRASINGS),
      topicCv("passingNouns", [false, true], PHRASINGS),
      topicCv("collocate", [false, true], PHRASINGS),
      topicCv("carry", [0, 0.6, 0.8, 1], PHRASINGS),
      topicCv("poolNamed", [false, true], PHRASINGS),
      topicCv("labelWords", [false, true], PHRASINGS),
      topicCv("labelPool", [0, 1, 2], PHRASINGS),
    ];
for (const cv of cvs)
  console.log(
    `  ${cv.key.padEnd(9)} held-out ${f2(cv.heldOut)}, chosen ${cv.chosen.join("/")}; shipped ${cv.shipped} (mean ${f2(cv.shippedMean)}); per value ${cv.perValue.map((v) => `${v.value}:${f2(v.mean)}`).join(" ")}`,
  );

// Topics as typed at /import on dev-set pairs, against hand gold (align-import-topics.json).
const imported = pairs.length && want("import") ? evaluateImportTopics() : [];
if (imported.length) {
  console.log("\nTopics typed at /import on dev-set pairs, F1 (precision/recall) against hand gold:");
  for (const r of imported)
    console.log(`  ${f2(r.f1)} (${f2(r.precision)}/${f2(r.recall)})  ${r.pair.slice(0, 15)}  ${r.line}`);
  console.log(`  mean ${f2(imported.reduce((s, r) => s + r.f1, 0) / imported.length)}`);
}

// Names of topics discovered on the dev set, with the properties a teacher's names need.
const names = pairs.length && want("names") ? evaluateNames(pairs) : null;
if (names) printNames(names);

if (!want("perf")) process.exit(0);
const child = fileURLToPath(new URL("./align-perf.ts", import.meta.url));
const perf = JSON.parse(
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", child], {
    encoding: "utf8",
  }),
);
const ms = (s: { median: number; min: number; max: number; cpuMedian: number }) =>
  `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)}), CPU ${s.cpuMedian.toFixed(0)} ms`;
console.log(`\nload average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`);
console.log(`Two texts of ${perf.words.join(" and ")} words, ${perf.topics.passages} passages:`);
console.log(`  model and word table load (once per process): ${perf.modelLoadMs.toFixed(0)} ms`);
console.log(`  align, topics discovered: ${ms(perf.discover)}   (aim ≤ 500 ms)`);
console.log(`  align, 11 topics given:   ${ms(perf.topics)}`);
console.log(
  `  peak RSS ${perf.peakRssMb.toFixed(0)} MB, peak heap used ${perf.peakHeapMb.toFixed(0)} MB   (aim ≤ 300 MB)`,
);

if (only) process.exit(0);
mkdirSync("bench-results", { recursive: true });
writeFileSync(
  "bench-results/align.json",
  `${JSON.stringify({ options: DEFAULT_ALIGN_OPTIONS, dev: dev && { perPair: dev.perPair, total: dev.total, fitted: dev.fitted }, topics: topicRows, topicCv: cvs, imported, names, perf }, null, 2)}\n`,
);
console.log("\nwrote bench-results/align.json");
