import type { ReactNode } from "react";
import type { Passage, SourceDocument } from "@/lib/corpus/schema";
import { formatPartialDate } from "@/lib/corpus/sides";
import { Disclosure } from "../ui/disclosure";
import { PassageList } from "./passage-list";
import type { PassageMarks } from "./passage-marks";
import type { TopicStyle } from "./topic-chip";

interface Props {
  replies: SourceDocument[];
  topics: ReadonlyMap<string, TopicStyle>;
  marks: PassageMarks;
  open: boolean;
  onToggle: () => void;
  renderExtra?: (passage: Passage) => ReactNode;
}

/** The reader comments under a post: a disclosure the reader (or a selection) opens, each comment numbered. */
export function CommentThread({ replies, topics, marks, open, onToggle, renderExtra }: Props) {
  if (replies.length === 0) return null;
  const listId = `${replies[0]?.replyTo ?? "post"}-comments`;
  return (
    <Disclosure
      id={listId}
      title={`Reader comments (${replies.length})`}
      open={open}
      onToggle={onToggle}
      className="mt-8 print:border-0"
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
    </Disclosure>
  );
}
