/**
 * Run in a child process by align.ts, so that peak RSS is the aligner's alone: aligns two generated
 * 10,000-word texts (median of 5 after a warm-up) and prints the figures as one JSON line.
 */
import { alignDocuments, getNlp } from "../../lib/align/index";
import { getNeighbours } from "../../lib/align/neighbours";
import { getComparison } from "../../lib/catalog/seeds";
import type { Comparison } from "../../lib/corpus/index";
import { keywordsOf } from "./align-seed";
import { spread } from "./report";

/** Deterministic pseudo-random numbers (mulberry32), so every run aligns the same texts. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs of three to six seed sentences, drawn at random, until the text has `words` words. */
export function generateText(sentences: string[], words: number, seed: number): string {
  const next = random(seed);
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const size = 3 + Math.floor(next() * 4);
    const para: string[] = [];
    for (let i = 0; i < size && count < words; i++) {
      const s = sentences[Math.floor(next() * sentences.length)] ?? "";
      para.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(para.join(" "));
  }
  return paragraphs.join("\n\n");
}

const t0 = performance.now();
const nlp = getNlp();
getNeighbours();
const modelLoadMs = performance.now() - t0;

const c = getComparison("israel-russia") as Comparison;
const sentences = c.documents.flatMap((d) =>
  d.passages.flatMap((p) => nlp.readDoc(p.text).sentences().out() as string[]),
);
const a = generateText(sentences, 10_000, 1);
const b = generateText(sentences, 10_000, 2);
const topics = c.topics.map((t) => ({ id: t.id, label: t.label, keywords: keywordsOf(t.description) }));

let peakHeap = 0;
function time(withTopics: boolean) {
  const input = { documents: [{ text: a }, { text: b }], ...(withTopics ? { topics } : {}) };
  alignDocuments(input); // warm-up (wink's caches, JIT)
  const ms: number[] = [];
  const cpu: number[] = [];
  let passages = 0;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    const r = alignDocuments(input);
    ms.push(performance.now() - start);
    // CPU time of this process: on a shared machine wall time also counts other processes' turns.
    const d = process.cpuUsage(used);
    cpu.push((d.user + d.system) / 1000);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    passages = r.documents.reduce((n, d) => n + d.passages.length, 0);
  }
  return { ...spread(ms), cpuMedian: spread(cpu).median, passages };
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
console.log(
  JSON.stringify({
    modelLoadMs,
    words: [words(a), words(b)],
    discover: time(false),
    topics: time(true),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 2 ** 20,
  }),
);
