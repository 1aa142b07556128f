import { TEXT_LIMITS } from "../limits";
import type { Block } from "./split";

/**
 * A text the aligner will not take: more passages, or a longer passage, than storage keeps. Checked on
 * the split passages, so the preview (/api/align) refuses exactly what the save would refuse.
 */
export class AlignLimitError extends Error {
  readonly status = 413;
}

const n = (x: number) => x.toLocaleString("en-US");

/** Throws AlignLimitError naming the first text and passage over a limit. */
export function checkPassages(documents: readonly Block[][]): void {
  documents.forEach((blocks, d) => {
    if (blocks.length > TEXT_LIMITS.maxPassages)
      throw new AlignLimitError(
        `Text ${d + 1} has ${n(blocks.length)} passages; the limit is ${n(TEXT_LIMITS.maxPassages)} per text.`,
      );
    const long = blocks.findIndex((b) => b.text.length > TEXT_LIMITS.maxPassageChars);
    if (long >= 0)
      throw new AlignLimitError(
        `Passage ${long + 1} of text ${d + 1} has ${n(blocks[long]?.text.length ?? 0)} characters; ` +
          `the limit is ${n(TEXT_LIMITS.maxPassageChars)} per passage. Break it into paragraphs with blank lines.`,
      );
  });
}

/**
 * Estimated milliseconds of an alignment, for the compute queue: analysis grows with characters,
 * linking with the pairs of passages across texts (paragraphs counted by blank lines).
 */
export function estimateAlign(texts: readonly string[]): number {
  const passages = texts.map((t) => t.split(/\n[ \t]*\n/).length);
  let pairs = 0;
  passages.forEach((a, i) => {
    for (const b of passages.slice(i + 1)) pairs += a * b;
  });
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  return Math.ceil(50 + chars / 200 + pairs / 3_000);
}
