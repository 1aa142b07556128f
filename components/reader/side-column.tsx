import type { ReactNode } from "react";
import type { Passage } from "@/lib/corpus/schema";
import type { Side } from "@/lib/corpus/sides";
import { CommentThread } from "./comment-thread";
import { DocumentCard } from "./document-card";
import { PassageList } from "./passage-list";
import type { TopicStyle } from "./topic-chip";

interface Props {
  side: Side;
  topics: ReadonlyMap<string, TopicStyle>;
  gapNote?: string;
  commentsOpen?: boolean;
  renderExtra?: (passage: Passage) => ReactNode;
}

/** One source in full: a region named by its document, its card, its text, then its comments. */
export function SideColumn({ side, topics, gapNote, commentsOpen, renderExtra }: Props) {
  const headingId = `${side.id}-title`;
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-6">
      <DocumentCard doc={side.main} headingId={headingId} gapNote={gapNote} />
      <PassageList passages={side.main.passages} topics={topics} renderExtra={renderExtra} />
      <CommentThread replies={side.replies} topics={topics} open={commentsOpen} renderExtra={renderExtra} />
    </section>
  );
}
