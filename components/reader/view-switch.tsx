import type { View } from "@/lib/reader/url-state";

const VIEWS: { id: View; label: string }[] = [
  { id: "topics", label: "By topic" },
  { id: "full", label: "Full text" },
  { id: "timeline", label: "Timeline" },
];

export function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  return (
    <fieldset className="inline-flex rounded-md border border-border p-0.5">
      <legend className="sr-only">View</legend>
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          aria-pressed={view === v.id}
          onClick={() => onChange(v.id)}
          className="rounded px-3 py-1.5 font-sans text-sm font-semibold aria-pressed:bg-accent aria-pressed:text-accent-fg"
        >
          {v.label}
        </button>
      ))}
    </fieldset>
  );
}
