import model from "wink-eng-lite-web-model";
import winkNLP, { type ItemToken, type ItsFunction, type WinkMethods } from "wink-nlp";
import { CUE_KINDS, type Cue, type CueKind } from "./cue-labels";
import type { Lexicon } from "./lexicon";

/** The language cues Parallax marks in a text (see data/lexicons/language-cues.json for the sources). */
export { CUE_KINDS, type Cue, type CueKind };

let nlp: WinkMethods | null = null;
/** wink-nlp with its English model loads once (about 100 ms) and is reused. */
function getNlp(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

interface Tok {
  value: string;
  lower: string;
  lemma: string;
  type: string;
  pos: string;
  start: number;
  end: number;
  sentence: number;
  quoted: boolean;
}

const OPEN = new Set(["“", '"']);
const CLOSE = new Set(["”", '"']);

function tokenize(text: string): Tok[] {
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const toks: Tok[] = [];
  let offset = 0;
  doc.sentences().each((sentence, s: number) => {
    sentence.tokens().each((t: ItemToken) => {
      const value = t.out(its.value) as string;
      // wink-nlp is lossless: the text is each token's preceding spaces followed by its value.
      const start = offset + (t.out(its.precedingSpaces) as string).length;
      // wink-nlp's typings give `its.lemma` an extra parameter; at run time it is an ordinary its-function.
      const lemma = String(t.out(its.lemma as unknown as ItsFunction<string>)).toLowerCase();
      const type = t.out(its.type) as string;
      const pos = t.out(its.pos) as string;
      toks.push({
        value,
        lower: value.toLowerCase(),
        lemma,
        type,
        pos,
        start,
        end: start + value.length,
        sentence: s,
        quoted: false,
      });
      offset = start + value.length;
    });
  });
  return toks;
}

/** Marks tokens inside quotation marks and returns the quoted spans (token index ranges, inclusive). */
function markQuotes(toks: Tok[]): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  toks.forEach((t, i) => {
    if (open < 0 && OPEN.has(t.value) && !(t.value === '"' && toks[i + 1]?.type === "punctuation")) open = i;
    else if (open >= 0 && CLOSE.has(t.value)) {
      spans.push([open, i]);
      open = -1;
    }
  });
  if (open >= 0) spans.push([open, toks.length - 1]);
  for (const [a, b] of spans) for (let i = a; i <= b; i++) (toks[i] as Tok).quoted = true;
  return spans;
}

function phraseMatches(toks: Tok[], phrases: string[], kind: CueKind, out: Cue[]) {
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    for (let i = 0; i + words.length <= toks.length; i++) {
      if (words.every((w, k) => toks[i + k]?.lower === w)) {
        const first = toks[i] as Tok;
        const last = toks[i + words.length - 1] as Tok;
        out.push({ kind, start: first.start, end: last.end, quoted: first.quoted });
      }
    }
  }
}

/** Finds the language cues in one passage's text. */
export function detectCues(text: string, lexicon: Lexicon): Cue[] {
  const toks = tokenize(text);
  const cues: Cue[] = [];
  const words = (list: string[]) => new Set(list);
  const attribution = words(lexicon.attribution.words);
  const hedge = words(lexicon.hedge.words);
  const certainty = words(lexicon.certainty.words);
  const loaded = words(lexicon.loaded.words);
  const firstPerson = words(lexicon.firstPerson);

  for (const [a, b] of markQuotes(toks)) {
    const inner = toks.slice(a + 1, b + 1).filter((t) => t.type === "word" || t.type === "number").length;
    const first = toks[a] as Tok;
    const last = toks[b] as Tok;
    // Four words or more is a quotation (attribution); fewer, outside reported speech, a scare quote.
    cues.push({
      kind: inner >= 4 ? "attribution" : "loaded",
      start: first.start,
      end: last.end,
      quoted: inner >= 4,
    });
  }
  for (const t of toks) {
    if (t.type !== "word") continue;
    const cue = (kind: CueKind) => cues.push({ kind, start: t.start, end: t.end, quoted: t.quoted });
    if (attribution.has(t.lemma) && (t.pos === "VERB" || t.pos === "ADV")) cue("attribution");
    if (hedge.has(t.lemma) || hedge.has(t.lower)) cue("hedge");
    if (certainty.has(t.lemma) || certainty.has(t.lower)) cue("certainty");
    if (loaded.has(t.lemma) || loaded.has(t.lower)) cue("loaded");
    if (!t.quoted && firstPerson.has(t.lower) && !(t.lower === "us" && t.value === "US")) cue("first-person");
  }
  phraseMatches(toks, lexicon.attribution.phrases, "attribution", cues);
  phraseMatches(toks, lexicon.hedge.phrases, "hedge", cues);
  phraseMatches(toks, lexicon.certainty.phrases, "certainty", cues);
  phraseMatches(toks, lexicon.loaded.phrases, "loaded", cues);

  // A question in the writer's own voice: the sentence ends with "?" outside quotation marks.
  const bySentence = new Map<number, Tok[]>();
  for (const t of toks) bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), t]);
  for (const sentence of bySentence.values()) {
    const last = sentence.at(-1);
    const first = sentence[0];
    if (first && last?.value === "?" && !last.quoted)
      cues.push({ kind: "question", start: first.start, end: last.end, quoted: false });
  }
  return cues.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Exposed for tests: every token's offsets must reproduce the text exactly. */
export const tokenizeForTest = tokenize;

/** Words as readers count them (tokens that are words or numbers). */
export function countWords(text: string): number {
  const toks = tokenize(text);
  // "didn't" is one word to a reader, two tokens to wink ("did", "n't").
  const contraction = (t: Tok, i: number) =>
    /^(n['’]t|['’][a-z]+)$/i.test(t.value) && toks[i - 1]?.end === t.start;
  return toks.filter((t, i) => (t.type === "word" || t.type === "number") && !contraction(t, i)).length;
}
