import model from "wink-eng-lite-web-model";
import winkNLP, { type Document, type ItemEntity, type ItsFunction, type WinkMethods } from "wink-nlp";
import { listedNames, nameModifiers, nameRuns, type Tok } from "./names";
import { nameable, nounPhrases, type Phrase } from "./phrases";

let nlp: WinkMethods | null = null;
/**
 * wink-nlp with its English model loads once per process (about 100 ms) and is reused. Only the steps the
 * aligner reads (sentences, parts of speech and lemmas, entities): negation, sentiment and custom entities
 * cost about a tenth of the reading time and change none of its features (same on the dev set and seed).
 */
export function getNlp(): WinkMethods {
  nlp ??= winkNLP(model, ["sbd", "pos", "ner"]);
  return nlp;
}

/** What the aligner needs to know about one passage. */
export interface Features {
  /** Content lemmas, lower-cased: stop words, punctuation and function words removed. */
  terms: string[];
  /** Keys of named things: proper nouns and their runs and acronyms, numbers and dates (lower-cased). */
  names: string[];
  /** How each term and name was written, for readable topic names (first spelling seen). */
  surface: Map<string, string>;
  /** The terms again, one list per sentence: topic phrases must co-occur within a sentence. */
  sentences: string[][];
  /**
   * Per sentence, the names it mentions in passing, with how often it uses each at all: as a modifier of
   * another word ("UN" in "UN Ambassador", "a UN report": that word, and whether it is a common noun)
   * or as one item of a list of three or more names (no word).
   */
  passing: ReadonlyMap<string, Passing>[];
  /** Per sentence, the keys of its runs of capitalised words ("security council"). */
  runs: string[][];
  /** Terms and names that can name a topic: nouns (not a sentence's capitalised first word alone), runs, quantities. */
  nominal: Set<string>;
  /** Dates and times ("Tuesday", "end of February"): shared facts, never a topic's name. */
  dates: Set<string>;
  /**
   * Noun phrases headed by a common noun, as written, that can name a discovered topic (no day, time or
   * outlet); none when not asked for.
   */
  phrases: Phrase[];
}

/** A name's uses in one sentence, and those in passing. */
export interface Passing {
  uses: number;
  as: { head: string; noun: boolean }[];
}

/** Parts of speech that carry no topic even when wink's stop-word list lets them through ("'s", "mr."). */
const FUNCTION_POS = new Set(["PART", "DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PUNCT", "SYM", "INTJ"]);
const TERM_TYPES = new Set(["word", "number"]);
const DATE_LIKE = new Set(["DATE", "CARDINAL", "MONEY", "PERCENT"]);

/** Abbreviations news copy uses for words other texts spell out ("Jan." = "January", "Sen." = "senator"). */
const ABBREVIATIONS: Record<string, string> = {
  jan: "january",
  feb: "february",
  aug: "august",
  sep: "september",
  sept: "september",
  oct: "october",
  nov: "november",
  dec: "december",
  sen: "senator",
  gov: "governor",
  rep: "representative",
  gen: "general",
  lt: "lieutenant",
  col: "colonel",
  dept: "department",
  govt: "government",
  pct: "percent",
  "%": "percent",
};

/**
 * "U.N." and "UN" are one name (wink keeps the dots in the lemma), but "5.7" stays 5.7: only dots
 * that are not between two digits go. Thousands separators go too ("1,000" = "1000").
 */
export const key = (lemma: string) => {
  const k = lemma
    .toLowerCase()
    .replace(/\.(?!\d)|(?<!\d)\./g, "")
    .replace(/(?<=\d),(?=\d{3})/g, "");
  return ABBREVIATIONS[k] ?? k;
};

// wink's typings give `its.lemma` an extra parameter; at run time it is an ordinary its-function.
const lemmaOf = (n: WinkMethods) => n.its.lemma as unknown as ItsFunction<string>;

/** wink keeps a capitalised word's surface as its lemma ("Votes", "Strikes"): lemmatise it lower-cased, once. */
const lowerLemma = new Map<string, string>();
function relemmatise(value: string): string {
  const lower = value.toLowerCase();
  let lemma = lowerLemma.get(lower);
  if (lemma === undefined) {
    const n = getNlp();
    const toks = n.readDoc(lower).tokens();
    lemma = toks.length() === 1 ? key(String(toks.itemAt(0).out(lemmaOf(n)))) : key(lower);
    lowerLemma.set(lower, lemma);
  }
  return lemma;
}

function tokens(doc: Document, withSpaces: boolean): Tok[] {
  const n = getNlp();
  const its = n.its;
  // Whole-column reads are several times faster than reading token by token.
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(lemmaOf(n)) as unknown as string[];
  const stop = all.out(its.stopWordFlag) as unknown as boolean[];
  // Spaces only join a noun phrase's words as written.
  const spaces = withSpaces ? (all.out(its.precedingSpaces) as string[]) : [];
  return values.map((value, i) => {
    const type = types[i] ?? "";
    const p = pos[i] ?? "";
    const raw = key(String(lemmas[i] ?? value));
    const lemma = type === "word" && raw === key(value) && /^[A-Z]/.test(value) ? relemmatise(value) : raw;
    const content =
      value === "%" ||
      // An acronym is a name even when it spells a stop word ("US", "IT").
      (type === "word" && /^[A-Z]{2,}$/.test(value)) ||
      (TERM_TYPES.has(type) && stop[i] !== true && !FUNCTION_POS.has(p));
    const space = spaces[i] ?? " ";
    return { value, lemma, pos: p, type, content: content && !(lemma.length < 2 && type === "word"), space };
  });
}

const NONE: ReadonlyMap<string, Passing> = new Map();

/** Enough of a passage to know what it is about; pathological runs (one 280 KB "word") cost seconds. */
const MAX_ANALYSED = 10_000;

/**
 * wink reads "Mr. Ryan’s." as one token "Ryan’s" and then keeps that word for good, so the same passage read
 * later in the process splits differently ("Ryan" + "’s" before, "Ryan’s" after). Possessives are split
 * before wink sees them, so a passage's features never depend on what was read before it.
 */
export const splitPossessives = (text: string) => text.replace(/(?<=\p{L})(['’]s)(?![\p{L}\p{N}])/gu, " $1");

/** A passage's features, its noun phrases included. */
export const analyse = (text: string): Features => read(text, true);

/**
 * The same without noun phrases: they only name discovered topics, so a request with topics given skips
 * them (about a tenth of the reading's allocations).
 */
export const analyseWithoutPhrases = (text: string): Features => read(text, false);

function read(text: string, withPhrases: boolean): Features {
  const n = getNlp();
  const doc = n.readDoc(splitPossessives(text.length > MAX_ANALYSED ? text.slice(0, MAX_ANALYSED) : text));
  const toks = tokens(doc, withPhrases);
  const terms: string[] = [];
  const names: string[] = [];
  const sentences: string[][] = [];
  const passing: ReadonlyMap<string, Passing>[] = [];
  const runs: string[][] = [];
  const surface = new Map<string, string>();
  const nominal = new Set<string>();
  const dates = new Set<string>();
  const phrases: Phrase[] = [];
  const note = (k: string, v: string) => surface.has(k) || surface.set(k, v);
  const spans = doc.sentences().out(n.its.span) as unknown as [number, number][];
  for (const [start, end] of spans) {
    const own: string[] = [];
    const slice = toks.slice(start, end + 1);
    if (withPhrases) nounPhrases(slice, phrases);
    slice.forEach((t, k) => {
      if (!t.content) return;
      own.push(t.lemma);
      note(t.lemma, t.value);
      if (t.pos === "PROPN" || t.type === "number") names.push(t.lemma);
      // wink calls many a capitalised first word a proper noun ("Great", "Continuing"): not a name alone.
      if ((t.pos === "NOUN" || t.pos === "PROPN") && t.type === "word" && (k > 0 || t.pos === "NOUN"))
        nominal.add(t.lemma);
    });
    // Runs end at punctuation, so looking for them sentence by sentence finds the same runs.
    const inPassing = new Map<string, Passing["as"]>();
    const count = (m: string, head: string, noun = false) =>
      inPassing.set(m, [...(inPassing.get(m) ?? []), { head, noun }]);
    for (const m of nameModifiers(slice)) count(m.name, m.head, m.noun);
    for (const m of listedNames(slice)) count(m, "");
    const keys: string[] = [];
    for (const run of nameRuns(slice)) {
      keys.push(run.key);
      for (const m of run.modifiers) count(m, run.head);
      names.push(run.key);
      note(run.key, run.value);
      nominal.add(run.key);
      // An acronym stands for its run in both lists, so "United Nations" meets "UN".
      for (const a of run.acronyms) {
        own.push(a);
        names.push(a);
      }
    }
    terms.push(...own);
    sentences.push(own);
    runs.push(keys);
    const uses = (m: string) => own.reduce((n, t) => n + (t === m ? 1 : 0), 0);
    passing.push(
      inPassing.size ? new Map([...inPassing].map(([m, as]) => [m, { uses: uses(m), as }])) : NONE,
    );
  }
  // Dates and quantities as wholes ("December 2016"), so that shared dates count beyond their parts.
  doc.entities().each((e: ItemEntity) => {
    const type = e.out(n.its.type) as string;
    if (!DATE_LIKE.has(type)) return;
    const value = e.out(n.its.value) as string;
    const k = key(value);
    names.push(k);
    // Quantities keep their spelling for a topic's name ("$5.7 billion", "7,000").
    note(k, value);
    if (type === "DATE") dates.add(k);
    else if (/\d/.test(k) && /[a-z]/.test(k)) nominal.add(k);
  });
  return {
    terms,
    names,
    surface,
    sentences,
    passing,
    runs,
    nominal,
    dates,
    phrases: nameable(phrases, dates),
  };
}
