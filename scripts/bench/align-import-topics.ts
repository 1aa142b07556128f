/**
 * Topics as a teacher types them at /import ("Label: kw, kw, kw"), on a few dev-set pairs
 * (../shared/align-dev, read at run time) with hand gold in align-import-topics.json (ids and topics
 * only). F1 per topic over both texts' paragraphs. `tsx --conditions=react-server
 * scripts/bench/align-import-topics.ts` prints it with the passages found and missed.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type AlignOptions, alignDocuments, DEFAULT_ALIGN_OPTIONS } from "../../lib/align/index";
import { parseTopicHints } from "../../lib/catalog/topic-hints";
import { loadDevPairs } from "./align-dev";
import { prf } from "./align-seed";

interface GoldTopic {
  line: string;
  a: number[];
  b: number[];
}
interface Gold {
  pairs: { id: string; topics: GoldTopic[] }[];
}

const GOLD = JSON.parse(
  readFileSync(fileURLToPath(new URL("./align-import-topics.json", import.meta.url)), "utf8"),
) as Gold;

export function evaluateImportTopics(options: AlignOptions = DEFAULT_ALIGN_OPTIONS) {
  const dev = new Map(loadDevPairs().map((p) => [p.id, p]));
  return GOLD.pairs.flatMap((g) => {
    const pair = dev.get(g.id);
    if (!pair) return [];
    const docs = [pair.a.paragraphs, pair.b.paragraphs];
    const topics = parseTopicHints(g.topics.map((t) => t.line).join("\n"));
    const result = alignDocuments(
      { documents: docs.map((d) => ({ text: d.join("\n\n") })), topics },
      options,
    );
    result.documents.forEach((d, k) => {
      if (d.passages.length !== docs[k]?.length) throw new Error(`${g.id}: passages ≠ paragraphs`);
    });
    return g.topics.map((t, n) => {
      const id = topics[n]?.id ?? "";
      const key = (side: number, i: number) => `${"ab"[side]}${i}`;
      const gold = new Set([...t.a.map((i) => key(0, i)), ...t.b.map((i) => key(1, i))]);
      const predicted = new Set(
        result.documents.flatMap((d, s) =>
          d.passages.flatMap((p, i) => (p.topics.includes(id) ? [key(s, i)] : [])),
        ),
      );
      return {
        pair: g.id,
        line: t.line,
        ...prf(predicted, gold),
        missed: [...gold].filter((x) => !predicted.has(x)),
        wrong: [...predicted].filter((x) => !gold.has(x)),
      };
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = evaluateImportTopics();
  for (const r of rows)
    console.log(
      `${r.f1.toFixed(2)}  P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)}  ${r.line}\n      missed ${r.missed.join(" ") || "-"}; wrong ${r.wrong.join(" ") || "-"}`,
    );
  console.log(`mean F1 ${(rows.reduce((s, r) => s + r.f1, 0) / Math.max(1, rows.length)).toFixed(3)}`);
}
