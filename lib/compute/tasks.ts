import { type AlignRequest, type AlignResult, alignDocuments } from "../align";
import type { SourceDocument } from "../corpus/schema";
import { buildCueReport, type CueReport, loadLexicon } from "../framing";
import { type ExtractedText, ImportError, importFile } from "../import";

type Extracted =
  | { ok: true; value: ExtractedText }
  | { ok: false; code: ImportError["code"]; message: string };

/** Refusals cross the thread boundary as data: an Error's class would not survive the trip. */
function extract(file: { name: string; content: string }): Extracted {
  try {
    return { ok: true, value: importFile(file) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

/** The CPU-heavy jobs (seconds for the largest allowed inputs), run off the server's event loop. */
export const TASKS = {
  align: (input: AlignRequest): AlignResult => alignDocuments(input),
  cues: (documents: SourceDocument[]): CueReport => buildCueReport(documents, loadLexicon()),
  extract,
};

export type TaskName = keyof typeof TASKS;

/** How much text a job reads: what its time grows with, counted without serialising the input. */
export const WEIGHTS: { [T in TaskName]: (input: TaskInput<T>) => number } = {
  align: (input) => input.documents.reduce((n, d) => n + d.text.length, 0),
  cues: (documents) => documents.reduce((n, d) => n + d.passages.reduce((m, p) => m + p.text.length, 0), 0),
  extract: (file) => file.content.length,
};
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;
