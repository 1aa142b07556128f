/** The framing lens: editorial compare panels, timeline and claims (validated), and computed language cues. */

export { FRAME_LABELS, FRAMES, FRAMES_CITATION, type FrameId } from "../corpus/frames";
export * from "../corpus/framing-schema";
export { buildCueReport, type CueReport, type SourceRates } from "./cue-report";
export { CUE_KINDS, type Cue, type CueKind, countWords, detectCues } from "./cues";
export { type Lexicon, loadLexicon } from "./lexicon";
export { applyFraming, FramingError, topicsEverySideCovers } from "./validate";
