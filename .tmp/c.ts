import { ingestSources, SEED_SLUG } from "../lib/corpus";
import { DEFAULT_DATA_DIR } from "../lib/corpus/load";
import { detectCues, tokenizeForTest } from "../lib/framing/cues";
import { loadLexicon } from "../lib/framing/lexicon";

const lex = loadLexicon();
const ps = ingestSources(DEFAULT_DATA_DIR, SEED_SLUG).flatMap((d) => d.passages);
for (const id of ["news-p24", "opinion-p2", "news-p15", "opinion-p39"]) {
  const t = ps.find((p) => p.id === id)!.text;
  console.log(
    id,
    detectCues(t, lex).map((c) => `${c.kind}: ${t.slice(c.start, c.end)}`),
  );
}
console.log(
  tokenizeForTest("Russia has reportedly met them; it didn't.")
    .map((t) => `${t.value}/${t.type}`)
    .join(" "),
);
