import { LINK_THRESHOLD } from "../align/threshold";
import { TEXT_LIMITS } from "../limits";
import { plural } from "../ui/plural";

/**
 * How the import editor presents a counterpart link and the aligner's suggestions. The aligner's scores
 * are calibrated probabilities that a link is right; a teacher's link is stored with score 1.
 */

/** A link set by hand: the editorial score, above any probability the aligner gives. */
export const HAND_SET = 1;
/**
 * Below this a link is shown as one to check: calibrated, a score of 0.6 means about two such links in
 * five are wrong, too many to accept unread. Between LINK_THRESHOLD and this, links are made but flagged.
 */
export const SURE_ENOUGH = 0.6;

export type Confidence = "hand" | "likely" | "check";

export function confidenceOf(score: number): Confidence {
  return score >= HAND_SET ? "hand" : score >= SURE_ENOUGH ? "likely" : "check";
}

/** "78%"; an aligner's score never reads "100%", which would look like a certainty it does not have. */
export const percent = (score: number) =>
  `${Math.min(Math.round(score * 100), score < HAND_SET ? 99 : 100)}%`;

/** The words shown beside a link, never colour alone: "Linked by hand", "Likely (78%)", "Check (41%)". */
export function confidenceText(score: number): string {
  const c = confidenceOf(score);
  return c === "hand"
    ? "Linked by hand"
    : c === "likely"
      ? `Likely (${percent(score)})`
      : `Check this (${percent(score)})`;
}

/** A link the reader counts: the same threshold as the aligner's, so "only here" agrees in both places. */
export const isLink = (score: number) => score >= LINK_THRESHOLD;

/** "Only here": no counterpart in any other text at or above the link threshold. */
export function isOnlyHere(counterparts: readonly { score: number }[]): boolean {
  return !counterparts.some((c) => isLink(c.score));
}

export interface Candidate {
  id: string;
  score: number;
}

/** At most this many suggestions per other text, as the API gives. */
export const SUGGESTIONS_PER_TEXT = TEXT_LIMITS.candidatesPerText;

/**
 * The aligner's suggestions for one passage in one other text, best first, without the passage that is
 * already linked to it there: what one click can accept.
 */
export function suggestionsIn(
  candidates: readonly Candidate[],
  inText: (passageId: string) => boolean,
  linked: readonly string[],
): Candidate[] {
  return candidates
    .filter((c) => !linked.includes(c.id) && inText(c.id))
    .sort((a, b) => b.score - a.score)
    .slice(0, SUGGESTIONS_PER_TEXT);
}

/** "12 links: 3 by hand, 7 likely, 2 to check (⚠)": what the editor says above the passages. */
export function describeLinks(links: readonly { score: number }[]): string {
  const made = links.filter((l) => isLink(l.score));
  const count = (c: Confidence) => made.filter((l) => confidenceOf(l.score) === c).length;
  const parts = [
    [count("hand"), "by hand"],
    [count("likely"), "likely"],
    [count("check"), "to check (marked ⚠)"],
  ] as const;
  const detail = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  const total = plural(made.length, "counterpart link");
  return detail.length > 0 ? `${total}: ${detail.join(", ")}.` : `${total}.`;
}

type Links = readonly { source: string; target: string; score: number }[];

/** The links without the one between `a` and `b` (either way round): one wrong link of several goes. */
export function withoutLink<L extends Links>(links: L, a: string, b: string): L[number][] {
  return links.filter((l) => !((l.source === a && l.target === b) || (l.source === b && l.target === a)));
}
