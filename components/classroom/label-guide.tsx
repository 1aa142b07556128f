import type { ActivityLabel } from "@/lib/classroom/labels";

/** What each label means, so students (and the teacher reading counts) share one vocabulary. */
export function LabelGuide({ labels }: { labels: readonly ActivityLabel[] }) {
  const frames = labels.some((l) => l.id.startsWith("frame-"));
  return (
    <details className="rounded-lg border border-border bg-surface p-4 font-sans text-sm">
      <summary className="cursor-pointer font-semibold">What the labels mean</summary>
      <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[minmax(8rem,max-content)_1fr]">
        {labels.map((l) => (
          <div key={l.id} className="contents">
            <dt className="font-semibold">{l.label}</dt>
            <dd className="text-muted">{l.description || "No description."}</dd>
          </div>
        ))}
      </dl>
      {frames && (
        <p className="mt-3 text-muted">
          Frame labels use the frame dimensions of the Media Frames Corpus (Card et al., ACL 2015).
        </p>
      )}
    </details>
  );
}
