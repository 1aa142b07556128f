import type { View } from "@/lib/reader/url-state";
import { SegmentedControl } from "../ui/segmented-control";

const VIEWS: { id: View; label: string }[] = [
  { id: "topics", label: "By topic" },
  { id: "full", label: "Full text" },
  { id: "timeline", label: "Timeline" },
];

export function ViewSwitch({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  return (
    <SegmentedControl
      legend="View"
      options={VIEWS}
      value={view}
      onChange={onChange}
      className="inline-flex rounded-md border border-border p-0.5"
      buttonClassName="rounded px-3 py-1.5"
    />
  );
}
