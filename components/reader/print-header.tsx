import type { ComparisonText } from "@/lib/corpus/schema";
import { formatDate, KIND_LABELS, type Side } from "@/lib/corpus/sides";
import { PrintLines } from "./islands";
import type { ReaderIds } from "./reader-store";

function citation(side: Side): string {
  const d = side.main;
  const authors = d.authors.length > 0 ? `${d.authors.join(" and ")}. ` : "";
  const date = d.publishedAt ? ` ${formatDate(d.publishedAt)}.` : "";
  const replies = side.replies.length > 0 ? ` With ${side.replies.length} reader comments.` : "";
  return `${authors}“${d.title}.” ${d.outlet} (${KIND_LABELS[d.kind].toLowerCase()}).${date}${replies}`;
}

/** Only in print: what the handout shows, where each text comes from, and the link back to this view. */
export function PrintHeader({
  comparison,
  sides,
  ids,
}: {
  comparison: ComparisonText;
  sides: Side[];
  ids: ReaderIds;
}) {
  return (
    <div
      className="mb-6 hidden space-y-2 border-b border-border pb-4 font-sans text-sm print:block"
      data-testid="print-header"
    >
      <PrintLines {...ids} labels={Object.fromEntries(comparison.topics.map((t) => [t.id, t.label]))}>
        <p>{comparison.title}</p>
        <ol className="list-inside list-decimal">
          {sides.map((side) => (
            <li key={side.id}>{citation(side)}</li>
          ))}
        </ol>
      </PrintLines>
    </div>
  );
}
