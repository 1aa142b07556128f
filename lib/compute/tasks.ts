import { type AlignRequest, type AlignResult, alignDocuments } from "../align";
import type { SourceDocument } from "../corpus/schema";
import { buildCueReport, type CueReport, loadLexicon } from "../framing";

/** The CPU-heavy jobs (seconds for the largest allowed inputs), run off the server's event loop. */
export const TASKS = {
  align: (input: AlignRequest): AlignResult => alignDocuments(input),
  cues: (documents: SourceDocument[]): CueReport => buildCueReport(documents, loadLexicon()),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<T extends TaskName> = Parameters<(typeof TASKS)[T]>[0];
export type TaskOutput<T extends TaskName> = ReturnType<(typeof TASKS)[T]>;
