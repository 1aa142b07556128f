import { collocate, type Given } from "./collocate";
import { addContext, type CarryOptions, type ContextOptions, carryRuns, pointsBack } from "./context";
import { neighboursOf, type QTerm } from "./expand";
import { namesInPhrase, writtenAsNames } from "./label-names";
import type { Link, Span } from "./links";
import { type PoolOptions, phraseHit, poolHit, windows } from "./match";
import { analyse, type Features } from "./nlp";
import type { AlignTopicInput } from "./schema";
import type { Space } from "./vectors";

export interface TopicOptions extends ContextOptions, CarryOptions, PoolOptions {
  /** A passage takes a topic when its score reaches this. */
  threshold: number;
  /** Share of a linked counterpart's own topic score (times the link score) added to a passage's. */
  reinforce: number;
  /** Phrases are matched within one sentence: words scattered over a paragraph are not a phrase. */
  sentence: boolean;
  /** A sentence must hold at least this many of a phrase's terms (all of a shorter phrase) to match it. */
  minTerms: number;
  /** …and the terms it holds must weigh at least this share of the floor (see `topicScores`). */
  minWeight: number;
  /** Proper nouns in keywords also match their adjectives ("Russia" matches "Russian"). */
  demonyms: boolean;
  /** How a topic's phrase matches combine: the best one, or noisy-or (independent pieces of evidence). */
  combine: "max" | "or";
  /** Label and keywords are cut into phrases at commas, colons, semicolons, brackets, full stops and "and". */
  cut: boolean;
  /**
   * One-word phrases: "alone" matches each by itself; "pool" takes them together as one bag that a
   * sentence must hold two of, so a list of single keywords is not a list of mentions. `labelAlone` keeps
   * the label's own single words matching alone (a label is what the topic is).
   */
  singles: "alone" | "pool";
  labelAlone: boolean;
  /** …only when it is a name (capitalised): a label's common words join the pool. */
  labelNames?: boolean;
  /**
   * …unless no one-word phrase of the label is a name: a label that names nothing by itself ("Trade and
   * technology", "Ukraine war and sanctions") is its words, and each matches alone. Beside a name ("The
   * UN: votes, vetoes and positions") the common words narrow it and join the pool.
   */
  labelWords: boolean;
  /** A pool matches a sentence holding at least this many of its words… */
  poolMin: number;
  /** …and scores its IDF weight held against this many floors' worth. */
  poolScale: number;
  /** …one of which must weigh at least this share of the floor: two words every text uses say nothing. */
  poolRare: number;
  /** What a one-word label phrase alone is worth (1: a full match). */
  labelSingle: number;
  /**
   * Label expansion, for a topic given by its label alone (keywords already say which words the teacher
   * means): a word of a label phrase of two or more words, or of the pool, is also met by its word-vector
   * neighbours with cosine ≥ this ("Moscow" → "Kremlin"), worth the cosine; 1 turns it off. A phrase
   * still needs one of its own words: a neighbour completes a match, never starts one.
   */
  expand: number;
  /**
   * Proximity: a phrase's words must fall within its length plus this many consecutive content words of
   * one sentence; 0 takes the whole sentence. "Hamas went to the Kremlin" is near; "after Hamas's attack,
   * which killed about 1,200 people, most of them civilians, Mr. Putin said nothing" is not.
   */
  near: number;
  /**
   * A label's name matching alone counts only where a sentence names it in its own right: not only as a
   * modifier inside a longer name ("a UN Ambassador", "the United Nations Office for …") nor as one item
   * of a list of three or more names ("by Russia, Syria, Venezuela, or any …"). Mentions in passing.
   */
  passing: boolean;
  /**
   * …and also as a modifier of a common noun ("a UN report", "Iranian targets"), unless that noun is one of
   * the topic's words ("Russia's UN veto" for a topic on UN vetoes).
   */
  passingNouns: boolean;
  /** Single keywords in a row that the texts write as one name are read as that name (see `collocate`). */
  collocate: boolean;
  /**
   * A name inside a longer label phrase ("Criticism of Ginsburg") joins the pool of single keywords, so
   * that it and one keyword match within this many sentences, the keyword's and those before it
   * ("Ginsburg … should resign": 1; "Justice Ginsburg … Her mind is shot - resign!": 2); 0 off.
   */
  labelPool: number;
}

/** Where a teacher's phrasing separates ideas. */
const CUTS = /[,:;()[\]]|\.(?:\s|$)|\band\b|\s[–—-]\s/;

export const phrasesOf = (text: string, cut: boolean) =>
  (cut ? text.split(CUTS) : [text]).map((k) => k.trim()).filter(Boolean);

/**
 * A name as the teacher wrote it; a label's first word is capitalised anyway, so it must be a name
 * lower-cased too, unless it is written in capitals ("US", "EU": "uS" is no word at all).
 */
const isName = (k: string, first: boolean) =>
  analyse(k).names.length > 0 &&
  (!first || /^[A-Z]{2,}\b/.test(k) || analyse(k.charAt(0).toLowerCase() + k.slice(1)).names.length > 0);

/**
 * A proper noun's adjective of people and origin is the same keyword ("Russia" → "Russian", "Israel" →
 * "Israeli", "Iran" → "Iranian", "Ukraine" → "Ukrainian"): English suffix rules, no word list.
 */
function formsOf(term: string, surface: string): string[] {
  if (!/^[A-Z]/.test(surface) || term.length < 4) return [term];
  const stem = term.replace(/[ae]$/, "");
  return [...new Set([term, `${term}n`, `${term}an`, `${term}ian`, `${term}i`, `${stem}ian`, `${stem}an`])];
}

/** Match score of every passage (rows) for every topic (columns), from its own words only. */
export function topicScores(
  space: Space,
  features: Features[],
  topics: AlignTopicInput[],
  opts: TopicOptions,
) {
  const termsOf = (k: string, expand: boolean): QTerm[] => {
    const f = analyse(k);
    return [...new Set(f.terms)].map((t) => ({
      forms: opts.demonyms ? formsOf(t, f.surface.get(t) ?? t) : [t],
      near: expand ? neighboursOf(t, opts.expand) : new Map(),
    }));
  };
  const names = new Set(features.flatMap((f) => f.names));
  const written = opts.labelPool > 0 ? writtenAsNames(features) : new Set<string>();
  const queries = topics.map((t) => {
    const phrases: { p: QTerm[]; w: number; name?: boolean; run?: boolean }[] = [];
    const pool = new Map<string, QTerm>();
    // Names inside longer label phrases, for the pool (see `labelPool`).
    const inLabel = new Map<string, QTerm>();
    const listed: Given[] = [
      ...phrasesOf(t.label, opts.cut).map((k, n) => [k, n === 0 ? "first" : "label"] as const),
      ...(t.keywords ?? []).flatMap((k) => phrasesOf(k, opts.cut).map((p) => [p, "keyword"] as const)),
    ];
    const given = opts.collocate ? collocate(listed, names) : listed;
    // A label that names nothing by itself ("Trade and technology") is its words: each matches alone.
    const unnamed =
      opts.labelWords &&
      !given.some(
        ([k, from, run]) =>
          from !== "keyword" && !run && analyse(k).terms.length === 1 && isName(k, from === "first"),
      );
    for (const [k, from, run] of given) {
      if (run) {
        phrases.push({ p: [{ forms: [run], near: new Map() }], w: 1, run: true });
        continue;
      }
      const p = termsOf(k, !t.keywords?.length);
      if (!p.length) continue;
      if (from !== "keyword" && opts.labelPool > 0)
        for (const n of namesInPhrase(k, from === "first", written))
          for (const q of termsOf(n, false)) inLabel.set(q.forms[0] ?? "", q);
      if (p.length > 1 || opts.singles === "alone") phrases.push({ p, w: 1 });
      // A label's own name ("Syria", "The UN") is what the topic is; its common words ("votes") join the pool.
      else if (
        from !== "keyword" &&
        opts.labelAlone &&
        (opts.labelNames === false || unnamed || isName(k, from === "first"))
      )
        phrases.push({ p: termsOf(k, false), w: opts.labelSingle, name: true });
      else if (p[0]) pool.set(p[0].forms[0] ?? "", p[0]);
    }
    // Only beside keywords of the pool: a name alone is already the label phrase's.
    if (pool.size) for (const [k, q] of inLabel) if (!pool.has(k)) pool.set(k, q);
    const words = new Set([...phrases.flatMap((x) => x.p), ...pool.values()].flatMap((q) => q.forms));
    const own = new Set([...inLabel.values()].flatMap((q) => q.forms));
    return { phrases, pool: [...pool.values()], words, inLabel: own };
  });
  // Half the weight of a word no passage uses: a moderately rare word.
  const floor = space.idf("\u0001") / 2;
  return features.map((f) => {
    const sentences = opts.sentence ? f.sentences : [f.terms];
    const sets = sentences.map((s) => new Set(s));
    // A phrase's window is its length plus `near`; windows are cut only in sentences that hold the phrase.
    const cut = new Map<string, Set<string>[]>();
    const windowsOf = (i: number, size: number) => {
      const k = `${i}:${size}`;
      let u = cut.get(k);
      if (!u) {
        u = windows(sentences[i] ?? [], size);
        cut.set(k, u);
      }
      return u;
    };
    // A label's name counts where a sentence names it in its own right (see `passing`): only when every
    // use in the sentence is in passing ("the UN" beside "a UN Ambassador" still counts), and a modifier
    // of one of the topic's own words still counts ("Russia's UN veto" for UN votes and vetoes).
    const named = (i: number, words: Set<string>) => {
      const passing = f.passing[i];
      const all = sets[i] ?? new Set<string>();
      if (!opts.passing || !opts.sentence || !passing?.size) return all;
      return new Set(
        [...all].filter((t) => {
          const p = passing.get(t);
          const as = p?.as.filter((a) => !a.noun || opts.passingNouns) ?? [];
          return !p || as.length < p.uses || as.some((a) => words.has(a.head));
        }),
      );
    };
    const runs = f.runs.map((r) => new Set(r));
    const hit = (p: QTerm[], u: Set<string>) => phraseHit(space, p, u, floor, opts.minTerms, opts.minWeight);
    return queries.map(({ phrases, pool, words, inLabel }) => {
      let best = 0;
      let none = 1;
      for (const { p, w, name, run } of phrases) {
        let h = 0;
        if (run) for (const u of runs) h = Math.max(h, w * hit(p, u));
        else {
          const size = opts.near > 0 ? p.length + opts.near : 0;
          sentences.forEach((s, i) => {
            let x = hit(p, name ? named(i, words) : (sets[i] ?? new Set()));
            // Words held somewhere in the sentence: the best window decides.
            if (x > 0 && !name && size > 0 && s.length > size)
              x = Math.max(0, ...windowsOf(i, size).map((u) => hit(p, u)));
            h = Math.max(h, w * x);
          });
        }
        best = Math.max(best, h);
        none *= 1 - h;
      }
      if (pool.length > 1) {
        let h = 0;
        sets.forEach((s, i) => {
          // A label's name in the sentences just before is this one's too (see `labelPool`).
          const before = sets.slice(Math.max(0, i - opts.labelPool + 1), i);
          const lent = [...inLabel].filter((n) => before.some((b) => b.has(n)));
          const u = lent.length ? new Set([...s, ...lent]) : s;
          let x = poolHit(space, pool, u, floor, opts);
          // Only a sentence that matches needs its mentions in passing worked out.
          if (x > 0 && opts.poolNamed)
            x = poolHit(space, pool, u, floor, opts, new Set([...named(i, words), ...lent]));
          h = Math.max(h, x);
        });
        best = Math.max(best, h);
        none *= 1 - h;
      }
      return opts.combine === "max" ? best : 1 - none;
    });
  });
}

/** Topic ids per passage: own match, what linked counterparts lend, then what neighbours lend. */
export function assignTopics(
  space: Space,
  features: Features[],
  topics: AlignTopicInput[],
  links: Link[],
  spans: Span[],
  headings: boolean[],
  texts: string[],
  opts: TopicOptions,
): string[][] {
  const own = topicScores(space, features, topics, opts);
  const score = own.map((row) => [...row]);
  for (const l of links) {
    topics.forEach((_, k) => {
      const a = own[l.source]?.[k] ?? 0;
      const b = own[l.target]?.[k] ?? 0;
      const sa = score[l.source] as number[];
      const sb = score[l.target] as number[];
      sa[k] = Math.max(sa[k] ?? 0, a + opts.reinforce * l.score * b);
      sb[k] = Math.max(sb[k] ?? 0, b + opts.reinforce * l.score * a);
    });
  }
  const context = addContext(own, score, spans, headings, opts);
  const back = (i: number) =>
    pointsBack(
      texts[i] ?? "",
      features[i]?.sentences[0]?.[0],
      [i - 1, i - 2].map((j) => new Set(features[j]?.terms)),
    );
  const final = carryRuns(own, context, spans, headings, back, opts);
  return final.map((row) =>
    topics.flatMap((t, k) => {
      const s = row[k] ?? 0;
      return s >= opts.threshold ? [t.id] : [];
    }),
  );
}
