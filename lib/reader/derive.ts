import { LINK_THRESHOLD } from "../align/threshold";
import type { ComparisonText } from "../corpus/schema";
import {
  describeCommentDates,
  describeTiming,
  KIND_LABELS,
  KIND_NOUNS,
  type Side,
  sidesOf,
} from "../corpus/sides";
import { sideNames, sideWords } from "../corpus/source-names";
import { countByTopic, locatePassages, type TopicCount } from "./analysis";
import { type EditorialLinks, onlyHerePassages } from "./counterparts";

export interface TopicStyle {
  label: string;
  /** Position in the comparison's topic list: picks the hue `--topic-N`. */
  index: number;
}

/** Everything the reader derives from a comparison: computed on the server, once per request. */
export function deriveReader(comparison: ComparisonText, editorial: EditorialLinks | null) {
  const sides = sidesOf(comparison);
  const counts = countByTopic(comparison);
  const located = locatePassages(comparison);
  const byId = new Map(located.map((l) => [l.passage.id, l]));
  const names = sideNames(sides);
  const words = sideWords(sides);
  const wordsOf = new Map(sides.map((side, i) => [side.main.id, words[i]]));
  const nounOf = (doc: { id: string; kind: keyof typeof KIND_NOUNS }) =>
    wordsOf.get(doc.id)?.noun ?? KIND_NOUNS[doc.kind];
  const sourceLabels: Record<string, string> = {};
  sides.forEach((side, i) => {
    // The genre when it tells the sources apart ("Opinion piece"), else the outlet or title.
    sourceLabels[side.id] =
      names[i] === KIND_LABELS[side.main.kind] && side.main.kind === "opinion"
        ? "Opinion piece"
        : (names[i] ?? "");
    if (side.replies.length > 0) sourceLabels.comments = "Reader comments";
  });
  /** "report ¶4", "opinion ¶21", "comment 7 ¶2"; "Fox News ¶4" when two sides share a genre. */
  const labelOf = (id: string) => {
    const l = byId.get(id);
    const n = id.match(/-p(\d+)$/)?.[1] ?? "?";
    if (!l) return id;
    if (l.commentNumber !== null) return `comment ${l.commentNumber} ¶${n}`;
    return `${wordsOf.get(l.side.main.id)?.cite ?? "text"} ¶${n}`;
  };
  const timeNotes = new Map(
    sides.flatMap((side) => {
      const others = sides.filter((s) => s !== side).map((s) => s.main);
      const note = [
        describeTiming(side.main, others, comparison.milestones, nounOf),
        describeCommentDates(side.main, side.replies, others, comparison.milestones, nounOf),
      ]
        .filter(Boolean)
        .join(" ");
      return note ? [[side.id, note] as const] : [];
    }),
  );
  return {
    sides,
    sideIds: sides.map((s) => s.id),
    topicIds: comparison.topics.map((t) => t.id),
    sharedTopics: comparison.topics.filter((t) => counts.get(t.id)?.everySide).map((t) => t.id),
    counts,
    located,
    onlyHere: onlyHerePassages(comparison, located, editorial, LINK_THRESHOLD),
    styles: new Map<string, TopicStyle>(
      comparison.topics.map((t, index) => [t.id, { label: t.label, index }]),
    ),
    sourceLabels,
    sideLabels: Object.fromEntries(
      sides.map((s, i) => [s.id, `${names[i]}${s.replies.length > 0 ? " and comments" : ""}`]),
    ),
    /** side id → "news report", "opinion piece and its comments": how search counts name each side. */
    sideNouns: Object.fromEntries(
      sides.map((s) => [s.id, `${nounOf(s.main)}${s.replies.length > 0 ? " and its comments" : ""}`]),
    ),
    labelOf,
    timeNotes,
  };
}

export type ReaderData = ReturnType<typeof deriveReader>;

/** "News report 3 · Opinion 4 · Comments 6": passages per source on a topic. */
export function countLine(sides: readonly Side[], count: TopicCount | undefined): string {
  const names = sideNames(sides);
  return sides
    .flatMap((side, i) => [
      `${names[i]} ${count?.main[side.id] ?? 0}`,
      ...(side.replies.length > 0 ? [`Comments ${count?.replies[side.id] ?? 0}`] : []),
    ])
    .join(" · ");
}
