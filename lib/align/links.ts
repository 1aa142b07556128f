/** A counterpart link between two passages (indices in the shared space), source before target. */
export interface Link {
  source: number;
  target: number;
  /** Probability that the two passages report the same thing (see counterparts.ts). */
  score: number;
}

/** A document as a run of passage indices in the shared space. */
export interface Span {
  start: number;
  end: number;
}

/** How counterparts are scored and decided: the link model's weights and the bar a link must reach. */
export interface LinkOptions {
  weights: readonly number[];
  threshold: number;
}
