import type { ReactNode } from "react";
import type { Passage } from "@/lib/corpus/schema";
import type { Side } from "@/lib/corpus/sides";
import { CommentThread } from "./comment-thread";
import { DocumentCard } from "./document-card";
import { PassageList } from "./passage-list";
import type { PassageMarks } from "./passage-marks";
import type { ReaderIds } from "./reader-store";
import type { TopicStyle } from "./topic-chip";

interface Props {
  ids: ReaderIds;
  side: Side;
  topics: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  timeNote?: string;
  renderExtra?: (passage: Passage) => ReactNode;
}

/** One source in full: a region named by its document, its card, its text, then its comments. */
export function SideColumn({ ids, side, topics, marks, timeNote, renderExtra }: Props) {
  const headingId = `${side.id}-title`;
  return (
    <section
      aria-labelledby={headingId}
      data-side={side.id}
      data-side-column={side.id}
      className="min-w-0 space-y-6"
    >
      <DocumentCard doc={side.main} headingId={headingId} timeNote={timeNote} />
      <PassageList passages={side.main.passages} topics={topics} marks={marks} renderExtra={renderExtra} />
      <CommentThread
        ids={ids}
        replies={side.replies}
        topics={topics}
        marks={marks}
        renderExtra={renderExtra}
      />
    </section>
  );
}
