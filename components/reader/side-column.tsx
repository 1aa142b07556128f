import type { ReactNode } from "react";
import type { Passage } from "@/lib/corpus/schema";
import type { Side } from "@/lib/corpus/sides";
import { CommentThread } from "./comment-thread";
import { DocumentCard } from "./document-card";
import { PassageList } from "./passage-list";
import type { PassageMarks } from "./passage-marks";
import type { TopicStyle } from "./topic-chip";

interface Props {
  side: Side;
  topics: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  timeNote?: string;
  commentsOpen: boolean;
  onToggleComments: () => void;
  renderExtra?: (passage: Passage) => ReactNode;
  className?: string;
}

/** One source in full: a region named by its document, its card, its text, then its comments. */
export function SideColumn({
  side,
  topics,
  marks,
  timeNote,
  commentsOpen,
  onToggleComments,
  renderExtra,
  className = "",
}: Props) {
  const headingId = `${side.id}-title`;
  return (
    <section aria-labelledby={headingId} data-side={side.id} className={`min-w-0 space-y-6 ${className}`}>
      <DocumentCard doc={side.main} headingId={headingId} timeNote={timeNote} />
      <PassageList passages={side.main.passages} topics={topics} marks={marks} renderExtra={renderExtra} />
      <CommentThread
        replies={side.replies}
        topics={topics}
        marks={marks}
        open={commentsOpen}
        onToggle={onToggleComments}
        renderExtra={renderExtra}
      />
    </section>
  );
}
