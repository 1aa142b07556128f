import type { ReactNode } from "react";
import type { Passage, SourceDocument } from "@/lib/corpus/schema";
import { PassageList } from "./passage-list";
import type { TopicStyle } from "./topic-chip";

interface Props {
  replies: SourceDocument[];
  topics: ReadonlyMap<string, TopicStyle>;
  query: string;
  open: boolean;
  onToggle: () => void;
  renderExtra?: (passage: Passage) => ReactNode;
}

/** The reader comments under a post: a disclosure the reader (or a selection) opens, each comment numbered. */
export function CommentThread({ replies, topics, query, open, onToggle, renderExtra }: Props) {
  if (replies.length === 0) return null;
  const listId = `${replies[0]?.replyTo ?? "post"}-comments`;
  return (
    <div className="mt-8 rounded-lg border border-border bg-surface print:border-0">
      <h3 className="m-0">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={onToggle}
          className="flex w-full items-center justify-between px-4 py-3 text-left font-sans font-semibold"
        >
          Reader comments ({replies.length})
          <span aria-hidden="true" className="text-muted">
            {open ? "▲ Hide" : "▼ Show"}
          </span>
        </button>
      </h3>
      <ol id={listId} hidden={!open} className="space-y-6 px-4 pb-4">
        {replies.map((c) => (
          <li key={c.id} id={c.id} aria-label={c.title} className="scroll-mt-24 border-t border-border pt-4">
            <p className="mb-2 font-sans text-sm font-semibold text-muted">
              {c.title}{" "}
              <span className="font-normal">
                · {c.authors.length > 0 ? c.authors.join(", ") : "commenter's name not shown on the page"}
              </span>
            </p>
            <PassageList passages={c.passages} topics={topics} query={query} renderExtra={renderExtra} />
          </li>
        ))}
      </ol>
    </div>
  );
}
