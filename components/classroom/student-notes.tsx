import type { Dashboard } from "@/lib/classroom/dashboard";

interface Props {
  name: string;
  notes: Dashboard["students"][number]["notes"];
  labelNames: ReadonlyMap<string, string>;
  passageNames: ReadonlyMap<string, string>;
}

/** A student's notes on their tags, folded so a class of 30 keeps the roster short. */
export function StudentNotes({ name, notes, labelNames, passageNames }: Props) {
  if (notes.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-semibold text-accent">
        {notes.length === 1 ? "1 note" : `${notes.length} notes`}
        <span className="sr-only"> by {name}</span>
      </summary>
      <ul className="mt-2 space-y-1">
        {notes.map((n) => (
          <li key={n.passageId}>
            <span className="text-muted">
              {passageNames.get(n.passageId) ?? n.passageId} · {labelNames.get(n.label) ?? n.label}:
            </span>{" "}
            “{n.note}”
          </li>
        ))}
      </ul>
    </details>
  );
}
