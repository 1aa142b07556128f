"use client";

import { useMemo } from "react";
import type { AlignmentCorrection } from "@/lib/catalog/schema";
import { type EditorDocument, PassageEditor } from "./passage-editor";
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

/** The proposed (or saved) alignment, editable: topics, each passage's topics, and its counterparts. */
export function AlignmentEditor({ documents, correction, onChange }: Props) {
  const documentOf = useMemo(() => {
    const owner = new Map(documents.flatMap((d) => d.passages.map((p) => [p.id, d.id] as const)));
    return (id: string) => owner.get(id);
  }, [documents]);
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
        {correction.links.length} counterpart links. A percentage is the aligner's confidence; links you set
        are certain.
      </p>
      <div className={`grid gap-6 ${COLUMNS[documents.length] ?? "lg:grid-cols-2"}`}>
        {documents.map((doc, d) => (
          <section key={doc.id} aria-labelledby={`${doc.id}-heading`} className="min-w-0 space-y-3">
            <h3 id={`${doc.id}-heading`} className="font-serif text-xl font-bold">
              Text {d + 1}: {doc.title || "untitled"}
            </h3>
            <ol className="space-y-3">
              {doc.passages.map((p, i) => (
                <PassageEditor
                  key={p.id}
                  passage={p}
                  number={i + 1}
                  documentId={doc.id}
                  documents={documents}
                  correction={correction}
                  documentOf={documentOf}
                  onChange={onChange}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
