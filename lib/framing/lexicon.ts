import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const wordsAndPhrases = z.strictObject({
  words: z.array(z.string().min(1)),
  phrases: z.array(z.string().min(1)),
});

export const lexiconSchema = z.strictObject({
  about: z.string(),
  sources: z.record(z.string(), z.string()),
  attribution: wordsAndPhrases,
  hedge: wordsAndPhrases,
  certainty: wordsAndPhrases,
  loaded: wordsAndPhrases,
  firstPerson: z.array(z.string().min(1)),
});
export type Lexicon = z.infer<typeof lexiconSchema>;

export const LEXICON_FILE = path.join(
  /* turbopackIgnore: true */ process.cwd(),
  "data",
  "lexicons",
  "language-cues.json",
);

export function loadLexicon(file = LEXICON_FILE): Lexicon {
  const parsed = lexiconSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: invalid lexicon\n${parsed.error.message}`);
  return parsed.data;
}
