/** One wink token, reduced to what the aligner uses. */
export interface Tok {
  value: string;
  lemma: string;
  pos: string;
  type: string;
  /** A content word: not a stop word, punctuation or function word. */
  content: boolean;
}

export interface NameRun {
  /** Lemmas of the run joined by spaces ("security council"). */
  key: string;
  value: string;
  /** Initials of every stretch of two to four words ("United Nations Security Council" → "un", "unsc", "sc" …). */
  acronyms: string[];
}

const capitalised = (t: Tok) => t.type === "word" && /^[A-Z][a-z]/.test(t.value);

/** Runs of capitalised content words, "of" allowed inside ("International Court of Justice"). */
export function nameRuns(toks: Tok[]): NameRun[] {
  const runs: NameRun[] = [];
  let run: Tok[] = [];
  const flush = () => {
    const words = run.filter((t) => t.content);
    if (words.length > 1) {
      const initials = words.map((t) => t.value[0]?.toLowerCase() ?? "");
      const acronyms = new Set<string>();
      for (let len = 2; len <= 4; len++)
        for (let i = 0; i + len <= initials.length; i++) acronyms.add(initials.slice(i, i + len).join(""));
      runs.push({
        key: words.map((t) => t.lemma).join(" "),
        value: run.map((t) => t.value).join(" "),
        acronyms: [...acronyms],
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
