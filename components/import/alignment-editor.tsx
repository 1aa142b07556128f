"use client";

import { useMemo, useState } from "react";
import { passageOptions } from "@/lib/catalog/picker-match";
import type { AlignmentCorrection } from "@/lib/catalog/schema";
import { describeLinks } from "@/lib/import/confidence";
import { type EditorDocument, type EditorIndex, PassageEditor } from "./passage-editor";
import { PICKER_BUTTON } from "./picker";
import { TopicManager } from "./topic-manager";

interface Props {
  documents: EditorDocument[];
  correction: AlignmentCorrection;
  onChange: (next: AlignmentCorrection) => void;
}

const COLUMNS: Record<number, string> = {
  2: "lg:grid-cols-2",
  3: "lg:grid-cols-3",
  4: "lg:grid-cols-2 2xl:grid-cols-4",
};

/** Passages shown per text at first and per "Show more": a long import stays a page, not a book. */
export const PAGE = 40;

/** The proposed (or saved) alignment, editable: topics, each passage's topics, and its counterparts. */
export function AlignmentEditor({ documents, correction, onChange }: Props) {
  const [shown, setShown] = useState<Record<string, number>>({});
  const passageIndex = useMemo(() => {
    const owner = new Map<string, string>();
    const passages = new Map<string, { number: number; text: string }>();
    for (const d of documents)
      d.passages.forEach((p, i) => {
        owner.set(p.id, d.id);
        passages.set(p.id, { number: i + 1, text: p.text });
      });
    return {
      documentOf: (id: string) => owner.get(id),
      passages,
      passageOptions: new Map(documents.map((d) => [d.id, passageOptions(d.passages)])),
    };
  }, [documents]);
  const index: EditorIndex = useMemo(
    () => ({
      ...passageIndex,
      topicLabels: new Map(correction.topics.map((t) => [t.id, t.label])),
      topicOptions: correction.topics.map((t) => ({ id: t.id, label: t.label })),
    }),
    [passageIndex, correction.topics],
  );
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const topics of Object.values(correction.passages))
      for (const t of topics) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  }, [correction.passages]);

  return (
    <div className="space-y-6">
      <TopicManager correction={correction} counts={counts} onChange={onChange} />
      <p className="font-sans text-sm text-muted">
        {describeLinks(correction.links)} A percentage is how likely the aligner thinks a link is right; links
        you set count as certain. Under each passage, “Link ¶…” accepts one of the aligner's suggestions.
      </p>
      <div className={`grid gap-6 ${COLUMNS[documents.length] ?? "lg:grid-cols-2"}`}>
        {documents.map((doc, d) => {
          const limit = shown[doc.id] ?? PAGE;
          const rest = doc.passages.length - limit;
          return (
            <section key={doc.id} aria-labelledby={`${doc.id}-heading`} className="min-w-0 space-y-3">
              <h3 id={`${doc.id}-heading`} className="font-serif text-xl font-bold">
                Text {d + 1}: {doc.name}
              </h3>
              {doc.title && doc.title !== doc.name && <p className="font-serif text-muted">{doc.title}</p>}
              <ol className="space-y-3">
                {doc.passages.slice(0, limit).map((p, i) => (
                  <PassageEditor
                    key={p.id}
                    passage={p}
                    number={i + 1}
                    documentId={doc.id}
                    documents={documents}
                    correction={correction}
                    index={index}
                    onChange={onChange}
                  />
                ))}
              </ol>
              {rest > 0 && (
                <button
                  type="button"
                  className={PICKER_BUTTON}
                  onClick={() => setShown((s) => ({ ...s, [doc.id]: limit + PAGE }))}
                >
                  Show {Math.min(rest, PAGE)} more passages
                  <span className="sr-only"> of text {d + 1}</span> ({limit} of {doc.passages.length} shown)
                </button>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
