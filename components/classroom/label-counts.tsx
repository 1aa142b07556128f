import type { CSSProperties } from "react";
import type { ActivityLabel } from "@/lib/classroom/labels";
import { topicColor } from "../reader/topic-chip";

interface Props {
  name: string;
  counts: Readonly<Record<string, number>>;
  labels: readonly ActivityLabel[];
  /** Students who joined: a passage every one of them tagged is shaded fully. */
  joined: number;
}

/**
 * One passage's cell of the heat map: shading by how many tagged it, a bar split by label, and the
 * counts in words. The shading and colours only repeat the numbers, never replace them.
 */
export function LabelCounts({ name, counts, labels, joined }: Props) {
  const rows = labels.flatMap((l, index) => {
    const n = counts[l.id] ?? 0;
    return n > 0 ? [{ ...l, n, index }] : [];
  });
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  // Up to 38% of the accent over the surface: body text keeps at least 4.5:1 contrast in both themes.
  const strength = total === 0 ? 0 : Math.round(8 + 30 * Math.min(1, total / Math.max(1, joined)));
  const style = {
    background: `color-mix(in srgb, var(--accent) ${strength}%, var(--surface))`,
  } as CSSProperties;
  return (
    <div
      className="mt-2 space-y-1.5 rounded-md border border-border p-2 font-sans text-sm"
      style={style}
      data-counts={total}
    >
      <p className="font-semibold">
        {total === 0 ? `No tags yet on ${name}` : `${total} ${total === 1 ? "tag" : "tags"} on ${name}`}
      </p>
      {total > 0 && (
        <>
          <div aria-hidden="true" className="flex h-2 overflow-hidden rounded-full bg-surface">
            {rows.map((r) => (
              <span
                key={r.id}
                style={{ width: `${(100 * r.n) / total}%`, background: topicColor(r.index) }}
              />
            ))}
          </div>
          <ul className="flex flex-wrap gap-1.5">
            {rows.map((r) => (
              <li
                key={r.id}
                style={{ "--chip": topicColor(r.index) } as CSSProperties}
                className="inline-flex items-center gap-1.5 rounded-full border border-[color:var(--chip)] bg-surface px-2 text-xs"
              >
                <span aria-hidden="true" className="size-2 rounded-full bg-[color:var(--chip)]" />
                {r.label}: {r.n}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
