import type { ComparisonFraming } from "../corpus/schema";

/**
 * What the reader must know about a comparison's framing lens before the lens itself has loaded: which
 * topic rows get a compare panel, and whether there is a timeline view. Small enough for the first paint.
 */
export interface LensIndex {
  /** Topic ids with a compare panel or claims to trace, in no particular order. */
  panelTopics: string[];
  timeline: boolean;
}

export function lensIndex(framing: ComparisonFraming | null): LensIndex {
  if (!framing) return { panelTopics: [], timeline: false };
  const topics = new Set([...Object.keys(framing.compare), ...framing.claims.map((c) => c.topic)]);
  return { panelTopics: [...topics], timeline: framing.timeline.length > 0 };
}

export const hasLens = (lens: LensIndex) => lens.panelTopics.length > 0 || lens.timeline;
