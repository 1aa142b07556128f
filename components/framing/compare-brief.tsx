/**
 * The overview's compact form of a compare panel's lists: a line per source. The items themselves, with
 * their reasons and citations, come with the topic's passages, one click away.
 */

/** How many points each source alone makes ("Opinion piece: 4 points"). */
export function BriefCounts({
  items,
  labels,
}: {
  items: { source: string }[];
  labels: Readonly<Record<string, string>>;
}) {
  const counts = Object.keys(labels)
    .map((s) => [labels[s], items.filter((i) => i.source === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}: ${n} ${n === 1 ? "point" : "points"}`);
  return <p>{counts.length > 0 ? counts.join(" · ") : "Nothing on this topic."}</p>;
}

/** The overview's line per source ("Opinion piece: Asharq Al-Awsat, …"); the details come with the passages. */
export function BriefLines<T extends { source: string }>({
  items,
  labels,
  text,
}: {
  items: T[];
  labels: Readonly<Record<string, string>>;
  text: (items: T[]) => string;
}) {
  const lines = Object.keys(labels).flatMap((s) => {
    const mine = items.filter((i) => i.source === s);
    return mine.length > 0 ? [{ label: labels[s], text: text(mine) }] : [];
  });
  if (lines.length === 0) return <p className="text-muted">Nothing on this topic.</p>;
  return (
    <div className="space-y-1">
      {lines.map((l) => (
        <p key={l.label}>
          <span className="font-semibold">{l.label}:</span> {l.text}
        </p>
      ))}
    </div>
  );
}
