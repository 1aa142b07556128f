import type { Cue } from "@/lib/framing/cue-labels";

/** What the reader marks on passages besides their topics: one object, memoised, passed down the lists. */
export interface PassageMarks {
  query: string;
  /** Passages no shared fact links to the other side. */
  onlyHere: ReadonlySet<string>;
  /** passage id → language cues, when the cues toggle is on. */
  cues: Readonly<Record<string, Cue[]>> | null;
}
