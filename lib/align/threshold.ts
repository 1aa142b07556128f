/**
 * The probability a counterpart link must reach (see counterparts.ts). Its own module so the reader can
 * import it without the aligner's NLP code.
 */
export const LINK_THRESHOLD = 0.24;
