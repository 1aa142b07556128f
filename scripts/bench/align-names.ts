/**
 * Names of discovered topics on the dev set (../shared/align-dev, read at run time): per pair the topics
 * with their sizes, and properties checked on every name, totalled. `tsx --conditions=react-server
 * scripts/bench/align-names.ts` prints them alone (with `--passages`, each topic's passages too).
 */
import { fileURLToPath } from "node:url";
import { alignDocuments, getNlp } from "../../lib/align/index";
import { frequencyRank, getNeighbours } from "../../lib/align/neighbours";
import { GENERIC_NOUNS } from "../../lib/align/topic-names";
import { type DevPair, loadDevPairs } from "./align-dev";

const WEEKDAYS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/i;
const OUTLETS =
  /\b(fox news|fox|cnn|msnbc|nbc|new york times|times|huffpost|huffington post|washington post|reuters|associated press)\b/i;
const PREPOSITIONS = new Set(["of", "for", "in", "on", "from", "over", "against", "to"]);
const HONORIFIC_ONLY = /^(mr|mrs|ms|dr|sen|rep|gov)\.? [A-Z][\w'’-]*$/i;

/** Lower-cased, straight quotes, one space: how the reader finds a name in a passage. */
export const normalise = (s: string) =>
  s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();

/** A name's phrases: the parts a name joins with " · " (the earlier names always joined two). */
const phrases = (label: string) => label.split(" · ");

export interface NameChecks {
  names: number;
  /** The head (last word before any preposition) is a common noun per wink: a noun phrase, not a name. */
  nounHead: number;
  /** The head is a quantity ("$716 billion from Medicare"). */
  quantityHead: number;
  /** Every phrase appears as written in a passage of the topic. */
  verbatim: number;
  /** Proper nouns only (a person's or a place's name, no common noun saying what happens). */
  onlyNames: number;
  /** A weekday or month, an outlet, or an honorific with a surname alone. */
  forbidden: number;
  /** A single capitalised word the topic's passages always write with another capitalised word ("Nancy"). */
  fragment: number;
  /** Two phrases that are one word's inflections ("American · Americans"). */
  inflections: number;
  /** One word only. */
  oneWord: number;
  /** One word that names nothing alone: among the 1,000 most frequent words, or "interview", "reason" … */
  generic: number;
  /** Every phrase of the name is written in passages of both texts. */
  bothTexts: number;
}

export interface PairNames {
  id: string;
  passages: number;
  topics: { label: string; size: number }[];
  covered: number;
  checks: NameChecks;
}

/** The phrase as a passage of the topic writes it, away from a sentence's start where it can be. */
function inContext(phrase: string, texts: string[]): string {
  const want = normalise(phrase);
  let found: string | null = null;
  for (const t of texts) {
    const flat = t.replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    const lower = flat.toLowerCase();
    for (let at = lower.indexOf(want); at >= 0; at = lower.indexOf(want, at + 1)) {
      const written = flat.slice(at, at + want.length);
      if (at > 0 && !/[.!?"“]\s*$/.test(flat.slice(0, at))) return written;
      found ??= written;
    }
  }
  return found ?? phrase;
}

/** A one-word name's lemma is generic: among the 1,000 most frequent words, or a vague noun. */
function isGeneric(word: string): boolean {
  const nlp = getNlp();
  const lemma = String(
    nlp
      .readDoc(word.toLowerCase())
      .tokens()
      .out(nlp.its.lemma as never)[0] ?? "",
  );
  return GENERIC_NOUNS.has(lemma) || frequencyRank(getNeighbours(), lemma) < 1000;
}

/** `docs`: which text each of `texts` comes from. */
export function checkName(label: string, texts: string[], docs: number[] = []): NameChecks {
  const nlp = getNlp();
  const its = nlp.its;
  const ps = phrases(label);
  const joined = texts.map(normalise);
  const tagged = ps.map((p) => {
    const toks = nlp.readDoc(inContext(p, texts)).tokens();
    const values = toks.out(its.value) as string[];
    const pos = toks.out(its.pos) as string[];
    // The head comes before a prepositional phrase: "troops" in "troops in Afghanistan".
    const prep = values.findIndex((v, i) => i > 0 && PREPOSITIONS.has(v.toLowerCase()));
    return pos
      .slice(0, prep > 0 ? prep : pos.length)
      .filter((x) => x !== "PUNCT" && x !== "PART" && x !== "SYM");
  });
  const head = (pos: string[]) => pos[pos.length - 1];
  // "Nancy" when every passage writes "Nancy Pelosi": a first name cut from its person.
  const fragment = ps.some((p) => {
    if (!/^[A-Z][a-z]+$/.test(p)) return false;
    const uses = texts.flatMap((t) =>
      [...t.matchAll(new RegExp(`\\b${p}\\b`, "gi"))].map((m) => t.slice(m.index, m.index + p.length + 2)),
    );
    return uses.length > 0 && uses.every((u) => new RegExp(`^${p} [A-Z]`).test(u));
  });
  const stem = (w: string) => w.toLowerCase().replace(/(es|s)$/, "");
  const lastWord = (p: string) => p.split(" ").pop() ?? "";
  return {
    names: 1,
    nounHead: tagged.every((pos) => head(pos) === "NOUN") ? 1 : 0,
    quantityHead: tagged.some((pos) => head(pos) === "NUM") ? 1 : 0,
    verbatim: ps.every((p) => joined.some((t) => t.includes(normalise(p)))) ? 1 : 0,
    onlyNames: tagged.every((pos) => pos.every((x) => x === "PROPN")) ? 1 : 0,
    forbidden: ps.some((p) => WEEKDAYS.test(p) || OUTLETS.test(p) || HONORIFIC_ONLY.test(p)) ? 1 : 0,
    fragment: fragment ? 1 : 0,
    inflections: ps.length > 1 && new Set(ps.map((p) => stem(lastWord(p)))).size < ps.length ? 1 : 0,
    oneWord: ps.length === 1 && !label.includes(" ") ? 1 : 0,
    generic: ps.length === 1 && !label.includes(" ") && isGeneric(label) ? 1 : 0,
    bothTexts: ps.every(
      (p) => new Set(joined.flatMap((t, k) => (t.includes(normalise(p)) ? [docs[k]] : []))).size > 1,
    )
      ? 1
      : 0,
  };
}

const zeroChecks = (): NameChecks => ({
  names: 0,
  nounHead: 0,
  quantityHead: 0,
  verbatim: 0,
  onlyNames: 0,
  forbidden: 0,
  fragment: 0,
  inflections: 0,
  oneWord: 0,
  generic: 0,
  bothTexts: 0,
});
const addChecks = (a: NameChecks, b: NameChecks): NameChecks =>
  Object.fromEntries(
    Object.keys(a).map((k) => [k, a[k as keyof NameChecks] + b[k as keyof NameChecks]]),
  ) as never;

/** `align`: another aligner (an older commit's) to measure with the same checks. */
export function discoveredOn(pair: DevPair, align: typeof alignDocuments = alignDocuments) {
  const docs = [pair.a.paragraphs, pair.b.paragraphs];
  return align({ documents: docs.map((d) => ({ text: d.join("\n\n") })) });
}

export function evaluateNames(pairs: DevPair[] = loadDevPairs(), align = alignDocuments) {
  const perPair: PairNames[] = pairs.map((pair) => {
    const r = discoveredOn(pair, align);
    const all = r.documents.flatMap((d) => d.passages);
    const topics = r.topics.map((t) => {
      const tagged = all.filter((p) => p.topics.includes(t.id));
      const texts = tagged.map((p) => p.text);
      const docs = tagged.map((p) => Number(/^doc-(\d+)/.exec(p.id)?.[1]));
      return { label: t.label, size: texts.length, checks: checkName(t.label, texts, docs) };
    });
    return {
      id: pair.id,
      passages: all.length,
      topics: topics.map(({ label, size }) => ({ label, size })),
      covered: all.filter((p) => p.topics.length > 0).length,
      checks: topics.reduce((s, t) => addChecks(s, t.checks), zeroChecks()),
    };
  });
  const total = perPair.reduce((s, p) => addChecks(s, p.checks), zeroChecks());
  const sizes = perPair.flatMap((p) => p.topics.map((t) => t.size));
  const passages = perPair.reduce((s, p) => s + p.passages, 0);
  const covered = perPair.reduce((s, p) => s + p.covered, 0);
  return {
    perPair,
    total,
    topics: sizes.length,
    meanSize: sizes.reduce((s, x) => s + x, 0) / Math.max(1, sizes.length),
    pairsOfTwo: sizes.filter((x) => x === 2).length,
    covered,
    passages,
  };
}

type Figures = Pick<ReturnType<typeof evaluateNames>, "topics" | "meanSize" | "pairsOfTwo"> & {
  checks: NameChecks;
};

/** The same figures for the names as they were before noun phrases (commit 5bbc1e7, same checks). */
const BEFORE: Figures = {
  topics: 37,
  meanSize: 3.5,
  pairsOfTwo: 18,
  checks: {
    names: 37,
    nounHead: 0,
    quantityHead: 2,
    verbatim: 36,
    onlyNames: 17,
    forbidden: 5,
    fragment: 1,
    inflections: 1,
    oneWord: 0,
    generic: 0,
    bothTexts: 12,
  },
};
/** And with the first noun phrases (commit 179b173, same checks): "Interview", "Reason", "Country", "Law". */
const FIRST_PHRASES: Figures = {
  topics: 30,
  meanSize: 4.3,
  pairsOfTwo: 13,
  checks: {
    ...BEFORE.checks,
    names: 30,
    nounHead: 28,
    quantityHead: 1,
    verbatim: 30,
    onlyNames: 0,
    forbidden: 0,
  },
};
FIRST_PHRASES.checks = {
  ...FIRST_PHRASES.checks,
  fragment: 0,
  inflections: 0,
  oneWord: 5,
  generic: 4,
  bothTexts: 10,
};

export function printNames(r: ReturnType<typeof evaluateNames>) {
  console.log("\nDiscovered topic names on the dev set (size in passages):");
  for (const p of r.perPair) {
    console.log(`  ${p.id.slice(0, 14)}  ${p.covered}/${p.passages} passages in a topic`);
    for (const t of p.topics) console.log(`    ${String(t.size).padStart(2)}  ${t.label}`);
  }
  const c = r.total;
  console.log(
    `  ${r.covered}/${r.passages} passages (${((100 * r.covered) / r.passages).toFixed(0)}%) in a topic`,
  );
  const line = (x: Figures) =>
    `${x.topics} topics, mean size ${x.meanSize.toFixed(1)}, ${x.pairsOfTwo} of two; of ${x.checks.names} names: noun head ${x.checks.nounHead}, quantity head ${x.checks.quantityHead}, found verbatim ${x.checks.verbatim}, proper names only ${x.checks.onlyNames}, weekday/outlet/honorific-only ${x.checks.forbidden}, first-name fragment ${x.checks.fragment}, duplicate inflection ${x.checks.inflections}, one word ${x.checks.oneWord} (generic ${x.checks.generic}), in both texts ${x.checks.bothTexts}`;
  console.log(`  now:    ${line({ ...r, checks: c })}`);
  console.log(`  first noun phrases: ${line(FIRST_PHRASES)}`);
  console.log(`  before: ${line(BEFORE)}  (names of who appears, 5 December)`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = evaluateNames();
  printNames(r);
  if (process.argv.includes("--passages")) {
    for (const pair of loadDevPairs()) {
      const res = discoveredOn(pair);
      const all = res.documents.flatMap((d) => d.passages);
      console.log(`\n=== ${pair.id}`);
      for (const t of res.topics) {
        console.log(`\n  ## ${t.label}`);
        for (const p of all.filter((x) => x.topics.includes(t.id))) console.log(`    [${p.id}] ${p.text}`);
      }
    }
  }
}
