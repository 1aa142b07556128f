import type { ReactNode } from "react";
import type { Passage, SourceDocument } from "@/lib/corpus/schema";
import { formatPartialDate } from "@/lib/corpus/sides";
import { ThreadDisclosure } from "./islands";
import { PassageList } from "./passage-list";
import type { PassageMarks } from "./passage-marks";
import type { ReaderIds } from "./reader-store";
import type { TopicStyle } from "./topic-chip";

interface Props {
  ids: ReaderIds;
  replies: SourceDocument[];
  topics: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  renderExtra?: (passage: Passage) => ReactNode;
}

/** The reader comments under a post, rendered on the server inside a disclosure island, each numbered. */
export function CommentThread({ ids, replies, topics, marks, renderExtra }: Props) {
  if (replies.length === 0) return null;
  return (
    <ThreadDisclosure
      id={`${replies[0]?.replyTo ?? "post"}-comments`}
      title={`Reader comments (${replies.length})`}
      {...ids}
    >
      <ol className="space-y-6 px-4 pb-4">
        {replies.map((c) => (
          <li key={c.id} id={c.id} aria-label={c.title} className="scroll-mt-24 border-t border-border pt-4">
            <p className="mb-2 font-sans text-sm font-semibold text-muted">
              {c.title}{" "}
              <span className="font-normal">
                · {c.authors.length > 0 ? c.authors.join(", ") : "commenter's name not shown on the page"}
                {c.ownDate && (
                  <>
                    {" "}
                    · dates itself <time dateTime={c.ownDate.date}>{formatPartialDate(c.ownDate.date)}</time>
                  </>
                )}
              </span>
            </p>
            <PassageList passages={c.passages} topics={topics} marks={marks} renderExtra={renderExtra} />
          </li>
        ))}
      </ol>
    </ThreadDisclosure>
  );
}
