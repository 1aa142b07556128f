import type { ReactNode } from "react";
import type { Passage, SourceDocument } from "@/lib/corpus/schema";
import { PassageList } from "./passage-list";
import type { TopicStyle } from "./topic-chip";

interface Props {
  replies: SourceDocument[];
  topics: ReadonlyMap<string, TopicStyle>;
  open?: boolean;
  renderExtra?: (passage: Passage) => ReactNode;
}

/** The reader comments under a post, collapsible, each numbered as on the page. */
export function CommentThread({ replies, topics, open = false, renderExtra }: Props) {
  if (replies.length === 0) return null;
  return (
    <details open={open} className="mt-8 rounded-lg border border-border bg-surface">
      <summary className="cursor-pointer px-4 py-3 font-sans font-semibold">
        Reader comments ({replies.length})
      </summary>
      <ol className="space-y-6 px-4 pb-4">
        {replies.map((c) => (
          <li key={c.id} id={c.id} aria-label={c.title} className="scroll-mt-24 border-t border-border pt-4">
            <p className="mb-2 font-sans text-sm font-semibold text-muted">
              {c.title}{" "}
              <span className="font-normal">
                · {c.authors.length > 0 ? c.authors.join(", ") : "name not shown"}
              </span>
            </p>
            <PassageList passages={c.passages} topics={topics} renderExtra={renderExtra} />
          </li>
        ))}
      </ol>
    </details>
  );
}
