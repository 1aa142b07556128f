/** The cue kinds and their names. The detector (cues.ts) loads wink-nlp and stays on the server. */
export const CUE_KINDS = ["attribution", "hedge", "certainty", "loaded", "first-person", "question"] as const;
export type CueKind = (typeof CUE_KINDS)[number];

/** A cue over `text.slice(start, end)` of one passage. */
export interface Cue {
  kind: CueKind;
  start: number;
  end: number;
  /** Inside a quotation: the words are a quoted speaker's, not the writer's. */
  quoted: boolean;
}

/** Names and one-line definitions of the language cues, for the legend and the chart. */
export const CUE_INFO: Record<CueKind, { label: string; definition: string }> = {
  attribution: {
    label: "Attribution",
    definition: "said, according to, reportedly, and quotations of four words or more",
  },
  hedge: { label: "Hedging", definition: "may, could, probably, perhaps: claims held back" },
  certainty: { label: "Certainty", definition: "of course, without doubt, clearly: claims pressed" },
  loaded: {
    label: "Evaluative or loaded",
    definition: "emotive or judging words, and scare quotes (one to three quoted words)",
  },
  "first-person": { label: "First person", definition: "I, we, our, in the writer's own voice" },
  question: { label: "Rhetorical question", definition: "questions in the writer's own voice" },
};
