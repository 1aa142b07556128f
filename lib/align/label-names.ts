import { analyse, type Features } from "./nlp";

/**
 * Which words the texts write only as names: capitalised wherever they use them ("Trump", "Netanyahu"),
 * not a common word a sentence happens to open with ("Criticism …" beside "a chorus of criticism").
 */
export function writtenAsNames(features: Features[]): Set<string> {
  const names = new Set<string>();
  const common = new Set<string>();
  for (const f of features) {
    for (const n of f.names) names.add(n);
    for (const [t, v] of f.surface) if (/^\p{Ll}/u.test(v)) common.add(t);
  }
  return new Set([...names].filter((n) => !common.has(n)));
}

/**
 * The one-word names inside a label phrase of two or more words ("Criticism of Ginsburg" → "ginsburg",
 * "Trump's response" → "trump"). A label opens with a capital anyway, so its first word is a name only
 * when it still is lower-cased, is in capitals ("US"), or the texts write it only as a name.
 */
export function namesInPhrase(phrase: string, opensLabel: boolean, written: Set<string>): string[] {
  const f = analyse(phrase);
  if (f.terms.length < 2) return [];
  const first = phrase.trim().split(/[\s'’]/)[0] ?? "";
  const lower = opensLabel ? new Set(analyse(phrase.charAt(0).toLowerCase() + phrase.slice(1)).names) : null;
  // Only words the teacher wrote: a run's acronym ("cg") is no word of the phrase.
  return f.terms.filter((t) => {
    const v = f.surface.get(t);
    if (!v || t.includes(" ") || !f.names.includes(t)) return false;
    if (!lower || v !== first) return true;
    return /^[A-Z]{2,}$/.test(v) || lower.has(t) || written.has(t);
  });
}
