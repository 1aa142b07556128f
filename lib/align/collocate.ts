import { analyse } from "./nlp";

/**
 * A phrase a teacher gave, and where: the label's first phrase, the label's others, or a keyword; with
 * the name's key when single keywords were read as a name the texts write.
 */
export type Given = readonly [text: string, from: "first" | "label" | "keyword", name?: string];

/**
 * Single keywords in a row that the texts write as one name ("Security", "Council" where a text says
 * "the Security Council") are that name: one phrase, not two loose words. Longest run first, up to four;
 * only words given one by one, next to each other, from the same place. Matched as that name only: the
 * same words apart ("security needs … council of ministers") are not it.
 */
export function collocate(given: Given[], names: Set<string>): Given[] {
  const single = given.map(([k]) => {
    const t = analyse(k).terms;
    return t.length === 1 ? (t[0] as string) : null;
  });
  const out: Given[] = [];
  for (let i = 0; i < given.length; i++) {
    let merged = false;
    for (let len = Math.min(4, given.length - i); len > 1 && !merged; len--) {
      const run = single.slice(i, i + len);
      const same = given.slice(i, i + len).every(([, f]) => f === given[i]?.[1]);
      if (!same || run.some((t) => t === null) || !names.has(run.join(" "))) continue;
      const text = given
        .slice(i, i + len)
        .map(([k]) => k)
        .join(" ");
      out.push([text, given[i]?.[1] ?? "keyword", run.join(" ")]);
      i += len - 1;
      merged = true;
    }
    if (!merged) out.push(given[i] as Given);
  }
  return out;
}
