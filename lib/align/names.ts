/** One wink token, reduced to what the aligner uses. */
export interface Tok {
  value: string;
  lemma: string;
  pos: string;
  type: string;
  /** A content word: not a stop word, punctuation or function word. */
  content: boolean;
  /** The spaces written before it ("" inside "Romney-Ryan"). */
  space: string;
}

export interface NameRun {
  /** Lemmas of the run joined by spaces ("security council"). */
  key: string;
  value: string;
  /** Initials of every stretch of two to four words ("United Nations Security Council" → "un", "unsc", "sc" …). */
  acronyms: string[];
  /**
   * What the run uses as a modifier, not its head: lemmas of every word but the last, and initials of
   * stretches that end before it ("un" in "United Nations Office …"). English puts a compound's head
   * last: the "United Nations Office" is an office.
   */
  modifiers: string[];
  /** The run's last word's lemma: what it is. */
  head: string;
}

const capitalised = (t: Tok) => t.type === "word" && /^[A-Z][a-z]/.test(t.value);

/**
 * Names that modify the word after them, with that word: initials before a capitalised word ("UN"
 * in "UN Ambassador": runs leave all-capital words out) and a name before a common noun ("a new UN
 * report"). English puts a compound's head last: a "UN report" is a report.
 */
export interface Modifier {
  name: string;
  head: string;
  /** The word modified is a common noun ("report"), not a name ("Ambassador"). */
  noun: boolean;
}

export function nameModifiers(toks: Tok[]): Modifier[] {
  return toks.flatMap((t, i): Modifier[] => {
    const next = toks[i + 1];
    if (!t.content || !next?.content) return [];
    const initials = /^[A-Z]{2,}$/.test(t.value);
    if (initials && capitalised(next)) return [{ name: t.lemma, head: next.lemma, noun: false }];
    const name = initials || (t.pos === "PROPN" && capitalised(t));
    const noun = name && next.pos === "NOUN" && /^[a-z]/.test(next.value);
    return noun ? [{ name: t.lemma, head: next.lemma, noun: true }] : [];
  });
}

/**
 * Names that are one item of a list of three or more ("by Russia, Syria, Venezuela, or any of …"): a name
 * counted off among others is mentioned in passing.
 */
export function listedNames(toks: Tok[]): string[] {
  const out: string[] = [];
  let items: Tok[][] = [];
  let cur: Tok[] = [];
  const end = () => {
    if (cur.length) items.push(cur);
    if (items.length >= 3) for (const item of items) for (const t of item) out.push(t.lemma);
    items = [];
    cur = [];
  };
  for (const t of toks) {
    if (t.content && (capitalised(t) || /^[A-Z]{2,}$/.test(t.value))) cur.push(t);
    else if (t.value === "," || t.value === "and" || t.value === "or") {
      if (cur.length) items.push(cur);
      cur = [];
    } else end();
  }
  end();
  return out;
}

/** Runs of capitalised content words, "of" allowed inside ("International Court of Justice"). */
export function nameRuns(toks: Tok[]): NameRun[] {
  const runs: NameRun[] = [];
  let run: Tok[] = [];
  const flush = () => {
    const words = run.filter((t) => t.content);
    if (words.length > 1) {
      const initials = words.map((t) => t.value[0]?.toLowerCase() ?? "");
      const acronyms = new Set<string>();
      const heads = new Set<string>();
      for (let len = 2; len <= 4; len++)
        for (let i = 0; i + len <= initials.length; i++) {
          const a = initials.slice(i, i + len).join("");
          acronyms.add(a);
          if (i + len === initials.length) heads.add(a);
        }
      runs.push({
        key: words.map((t) => t.lemma).join(" "),
        value: run.map((t) => t.value).join(" "),
        acronyms: [...acronyms],
        modifiers: [...words.slice(0, -1).map((t) => t.lemma), ...[...acronyms].filter((a) => !heads.has(a))],
        head: words[words.length - 1]?.lemma ?? "",
      });
    }
    run = [];
  };
  toks.forEach((t, i) => {
    if (capitalised(t) && t.content) run.push(t);
    else if (t.value === "of" && run.length > 0 && toks[i + 1] && capitalised(toks[i + 1] as Tok))
      run.push(t);
    else flush();
  });
  flush();
  return runs;
}
