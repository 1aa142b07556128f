import { type AlignRequest, type AlignResult, alignDocuments, estimateAlign } from "../align";
import type { SourceDocument } from "../corpus/schema";
import { buildCueReport, type CueReport, loadLexicon } from "../framing";
import {
  type ExtractedText,
  estimateImport,
  formatOf,
  ImportError,
  importCostProblem,
  importFile,
} from "../import";
import { ComputeRefusedError } from "./errors";

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
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;

const passageChars = (documents: SourceDocument[]) =>
  documents.reduce((n, d) => n + d.passages.reduce((m, p) => m + p.text.length, 0), 0);

/**
 * Admission, on the server's thread before a job is queued: its estimated milliseconds (linear scans,
 * never a parse), or a 413 for what could not finish within the budget.
 */
export const COSTS: { [T in TaskName]: (input: TaskInput<T>) => number } = {
  align: (input) => estimateAlign(input.documents.map((d) => d.text)),
  cues: (documents) => Math.ceil(50 + passageChars(documents) / 100),
  extract: (file) => {
    const format = formatOf(file.name);
    if (!format) return 1;
    const cost = estimateImport(file.content, format);
    const problem = importCostProblem(cost, format);
    if (problem) throw new ComputeRefusedError(413, problem);
    return cost.ms;
  },
};
