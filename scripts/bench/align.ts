/**
 * `npm run bench:align`: the automatic aligner against the seed's editorial tags and links, and its
 * speed and memory on two 10,000-word texts. Prints a table and writes bench-results/align.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_ALIGN_OPTIONS } from "../../lib/align/index";
import { evaluateSeed, type Layout } from "./align-seed";

const NAMED = new Set(["syria-deconfliction", "un-votes", "hamas-visits"]);
const f2 = (x: number) => x.toFixed(2);
const pad = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padEnd(widths[i] ?? 0)).join(" | ");

// Main figures: the news report, the opinion piece, the nine comments as one text (three documents, as
// the reader shows three kinds); the other layout and the link mode are printed for comparison.
const main = evaluateSeed("news|opinion|comments");
if (main.mismatches.length) throw new Error(`seed passages did not map back: ${main.mismatches.join("; ")}`);

const widths = [24, 9, 6, 6, 9, 4];
console.log("Topics given (label + description phrases), against the editorial passage tags:\n");
console.log(pad(["topic", "precision", "recall", "F1", "predicted", "gold"], widths));
console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
for (const t of main.topics)
  console.log(
    pad(
      [
        `${NAMED.has(t.id) ? "* " : "  "}${t.id}`,
        f2(t.precision),
        f2(t.recall),
        f2(t.f1),
        t.predicted,
        t.gold,
      ],
      widths,
    ),
  );
const named = main.topics.filter((t) => NAMED.has(t.id));
const macro = (ts: typeof main.topics) => ts.reduce((s, t) => s + t.f1, 0) / ts.length;
console.log(
  `\n* named topics: mean F1 ${f2(macro(named))} (aim ≥ 0.80 each); all 11: mean F1 ${f2(macro(main.topics))}`,
);

console.log("\nCounterpart links news ↔ opinion side, against the compare panels' shared facts:\n");
const variants: { layout: Layout; mode: "mutual" | "best" }[] = [
  { layout: "news|opinion|comments", mode: "mutual" },
  { layout: "news|opinion|comments", mode: "best" },
  { layout: "news|opinion+comments", mode: "mutual" },
  { layout: "news|opinion+comments", mode: "best" },
];
const linkRows = variants.map((v) => {
  const r = evaluateSeed(v.layout, {
    ...DEFAULT_ALIGN_OPTIONS,
    links: { ...DEFAULT_ALIGN_OPTIONS.links, mode: v.mode },
  });
  return { ...v, ...r.links, namedF1: macro(r.topics.filter((t) => NAMED.has(t.id))) };
});
const lw = [22, 6, 9, 6, 9, 4, 14];
console.log(pad(["layout", "mode", "precision", "recall", "predicted", "gold", "named-topic F1"], lw));
console.log(lw.map((w) => "-".repeat(w)).join("-|-"));
for (const r of linkRows)
  console.log(pad([r.layout, r.mode, f2(r.precision), f2(r.recall), r.predicted, r.gold, f2(r.namedF1)], lw));

// Ablation: each step of topic tagging switched off on its own, to show what it is worth on the seed.
console.log("\nTopic tagging with one step switched off (named-topic F1 each, mean F1 of all 11):\n");
const t0 = DEFAULT_ALIGN_OPTIONS.topics;
const ablations: [string, Partial<typeof t0>][] = [
  ["none (defaults)", {}],
  ["sentence-level matching", { sentence: false }],
  ["two terms per phrase match", { minTerms: 1 }],
  ["weight floor per match", { minWeight: 0 }],
  ["demonym forms", { demonyms: false }],
  ["noisy-or (best phrase only)", { combine: "max" }],
  ["neighbour context", { window: 0 }],
  ["context gate", { gate: 0 }],
  ["link reinforcement", { reinforce: 0 }],
];
const ablationRows = ablations.map(([name, change]) => {
  const r = evaluateSeed("news|opinion|comments", { ...DEFAULT_ALIGN_OPTIONS, topics: { ...t0, ...change } });
  return { off: name, named: r.topics.filter((t) => NAMED.has(t.id)).map((t) => t.f1), all: macro(r.topics) };
});
const aw = [28, 22, 6];
console.log(pad(["step off", "syria / un / hamas", "all 11"], aw));
console.log(aw.map((w) => "-".repeat(w)).join("-|-"));
for (const r of ablationRows) console.log(pad([r.off, r.named.map(f2).join(" / "), f2(r.all)], aw));

const child = fileURLToPath(new URL("./align-perf.ts", import.meta.url));
const perf = JSON.parse(execFileSync(process.execPath, ["--import", "tsx", child], { encoding: "utf8" }));
const ms = (s: { median: number; min: number; max: number }) =>
  `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
console.log(`\nTwo texts of ${perf.words.join(" and ")} words, ${perf.topics.passages} passages:`);
console.log(`  model load (once per process): ${perf.modelLoadMs.toFixed(0)} ms`);
console.log(`  align, topics discovered: ${ms(perf.discover)}   (aim ≤ 500 ms)`);
console.log(`  align, 11 topics given:   ${ms(perf.topics)}`);
console.log(
  `  peak RSS ${perf.peakRssMb.toFixed(0)} MB, peak heap used ${perf.peakHeapMb.toFixed(0)} MB   (aim ≤ 300 MB)`,
);

mkdirSync("bench-results", { recursive: true });
const { result: _omit, ...seed } = main;
writeFileSync(
  "bench-results/align.json",
  `${JSON.stringify({ options: DEFAULT_ALIGN_OPTIONS, seed, links: linkRows, ablation: ablationRows, perf }, null, 2)}\n`,
);
console.log("\nwrote bench-results/align.json");
