import type { SourceDocument } from "@/lib/corpus/schema";
import { formatDate, KIND_LABELS } from "@/lib/corpus/sides";

const KIND_STYLES = {
  news: "bg-news text-surface",
  opinion: "bg-opinion text-surface",
  comment: "border border-border text-fg",
  other: "border-2 border-fg text-fg",
} as const;

export function GenreLabel({ kind }: { kind: SourceDocument["kind"] }) {
  return (
    <span
      className={`rounded px-2 py-0.5 font-sans text-xs font-bold uppercase tracking-wider ${KIND_STYLES[kind]}`}
    >
      {KIND_LABELS[kind]}
    </span>
  );
}

interface Props {
  doc: SourceDocument;
  headingId: string;
  /** When it was written relative to the other text(s) and to the comparison's milestones. */
  timeNote?: string;
  /** Topic view: genre, outlet, date and title on screen (the rest under "About"), so the comparison shows on the first screen. */
  compact?: boolean;
}

/** The head of a document: genre in words, outlet, authors, date, deck; bios and series on request. */
export function DocumentCard({ doc, headingId, timeNote, compact = false }: Props) {
  // Compact cards keep the rest for print and for "About this text".
  const extra = compact ? "hidden print:block" : "";
  return (
    <header className={`border-b border-border ${compact ? "space-y-1 pb-2 sm:pb-3" : "space-y-2 pb-4"}`}>
      <p className="flex flex-wrap items-center gap-2 font-sans text-sm text-muted">
        <GenreLabel kind={doc.kind} />
        <span className="font-semibold text-fg">{doc.outlet}</span>
        {doc.publishedAt && <time dateTime={doc.publishedAt}>{formatDate(doc.publishedAt)}</time>}
        {compact && doc.url && (
          <a
            href={doc.url}
            rel="noopener noreferrer nofollow"
            aria-label={`Original: ${doc.url}`}
            className="text-accent underline underline-offset-2 print:hidden"
          >
            Original
          </a>
        )}
      </p>
      <h2
        id={headingId}
        className={`font-serif font-bold leading-tight ${compact ? "text-base max-md:line-clamp-1 max-md:text-sm sm:text-lg print:text-2xl" : "text-2xl"}`}
      >
        {doc.title}
      </h2>
      {doc.deck && <p className={`font-serif text-lg text-muted ${extra}`}>{doc.deck}</p>}
      {doc.authors.length > 0 && (
        <p className={`font-sans text-sm ${extra}`}>By {doc.authors.join(" and ")}</p>
      )}
      {doc.url && (
        <p className={`font-sans text-sm ${extra}`}>
          <a
            href={doc.url}
            rel="noopener noreferrer nofollow"
            className="break-all text-accent underline underline-offset-2"
          >
            Original: {doc.url}
          </a>
        </p>
      )}
      {doc.reportingNote && <p className={`font-sans text-sm text-muted ${extra}`}>{doc.reportingNote}</p>}
      {doc.repost && (
        <p className={`font-sans text-sm text-muted ${extra}`}>
          The page shows a later date, <time dateTime={doc.repost.date}>{formatDate(doc.repost.date)}</time>{" "}
          (a repost); the byline dates it {doc.publishedAt ? formatDate(doc.publishedAt) : "earlier"}.
        </p>
      )}
      {timeNote && (
        <p className={`rounded-md bg-bg px-3 py-2 font-sans text-sm font-medium text-fg print:px-0 ${extra}`}>
          {timeNote}
        </p>
      )}
      {(compact || doc.series.length > 0 || doc.authorBios.length > 0) && (
        <details className={`font-sans text-sm text-muted print:hidden ${compact ? "max-md:hidden" : ""}`}>
          <summary className="cursor-pointer font-medium text-fg">About this text and its authors</summary>
          <div className="mt-2 space-y-2">
            {compact && (
              <>
                {timeNote && <p className="font-medium text-fg">{timeNote}</p>}
                {doc.deck && <p className="font-serif text-base">{doc.deck}</p>}
                {doc.authors.length > 0 && <p className="text-fg">By {doc.authors.join(" and ")}</p>}
                {doc.reportingNote && <p>{doc.reportingNote}</p>}
              </>
            )}
            {doc.series.length > 0 && (
              <div>
                <p className="font-medium text-fg">Earlier parts of the series</p>
                <ul className="list-inside list-disc">
                  {doc.series.map((s) => (
                    <li key={s.part}>
                      Part {s.part}: {s.title}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {doc.authorBios.map((bio) => (
              <div key={bio.author}>
                <p className="font-medium text-fg">{bio.author}</p>
                {bio.text.split("\n\n").map((para) => (
                  <p key={para}>{para}</p>
                ))}
              </div>
            ))}
          </div>
        </details>
      )}
    </header>
  );
}
