import { useMemo } from "react";
import { LINK_THRESHOLD } from "@/lib/align/threshold";
import { passageNumber } from "@/lib/corpus/ids";
import type { ComparisonText } from "@/lib/corpus/schema";
import { describeCommentDates, describeTiming, KIND_LABELS, KIND_NOUNS, sidesOf } from "@/lib/corpus/sides";
import { sourceNames } from "@/lib/corpus/source-names";
import { countByTopic, locatePassages } from "@/lib/reader/analysis";
import { type EditorialLinks, onlyHerePassages } from "@/lib/reader/counterparts";
import type { TopicStyle } from "./topic-chip";

/** Everything the reader derives from a comparison, computed once per comparison. */
export function useComparisonData(comparison: ComparisonText, editorial: EditorialLinks | null) {
  return useMemo(() => {
    const sides = sidesOf(comparison);
    const counts = countByTopic(comparison);
    const located = locatePassages(comparison);
    const byId = new Map(located.map((l) => [l.passage.id, l]));
    const sourceLabels: Record<string, string> = {};
    // The genre when it tells the sources apart ("Opinion piece"), else the outlet or title.
    const names = sourceNames(sides.map((s) => s.main));
    const nameOf = (side: (typeof sides)[number]) => {
      const name = names[sides.indexOf(side)] ?? KIND_LABELS[side.main.kind];
      return name === KIND_LABELS[side.main.kind] ? null : name;
    };
    for (const side of sides) {
      sourceLabels[side.id] =
        nameOf(side) ?? `${KIND_LABELS[side.main.kind]}${side.main.kind === "opinion" ? " piece" : ""}`;
      if (side.replies.length > 0) sourceLabels.comments = "Reader comments";
    }
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
        sides.map((s) => [
          s.id,
          `${nameOf(s) ?? KIND_LABELS[s.main.kind]}${s.replies.length > 0 ? " and comments" : ""}`,
        ]),
      ),
      /** "report ¶4", "opinion ¶21", "comment 7 ¶2": passage names in citations. */
      labelOf: (id: string) => {
        const l = byId.get(id);
        const n = passageNumber(id) ?? "?";
        if (!l) return id;
        if (l.commentNumber !== null) return `comment ${l.commentNumber} ¶${n}`;
        return `${KIND_NOUNS[l.side.main.kind].split(" ").at(-1)} ¶${n}`;
      },
      timeNotes: new Map(
        sides.flatMap((side) => {
          const others = sides.filter((s) => s !== side).map((s) => s.main);
          const note = [
            describeTiming(side.main, others, comparison.milestones),
            describeCommentDates(side.main, side.replies, others, comparison.milestones),
          ]
            .filter(Boolean)
            .join(" ");
          return note ? [[side.id, note] as const] : [];
        }),
      ),
    };
  }, [comparison, editorial]);
}
