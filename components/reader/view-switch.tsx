import type { View } from "@/lib/reader/url-state";
import { SegmentedControl } from "../ui/segmented-control";

const VIEWS: { id: View; label: string }[] = [
  { id: "topics", label: "By topic" },
  { id: "full", label: "Full text" },
  { id: "timeline", label: "Timeline" },
];

/** The timeline needs dated events from the framing lens; imports have none, so they get two views. */
export function ViewSwitch({
  view,
  onChange,
  timeline,
}: {
  view: View;
  onChange: (view: View) => void;
  timeline: boolean;
}) {
  return (
    <SegmentedControl
      legend="View"
      options={timeline ? VIEWS : VIEWS.filter((v) => v.id !== "timeline")}
      value={view}
      onChange={onChange}
      className="inline-flex rounded-md border border-border p-0.5"
      buttonClassName="rounded px-3 py-1.5"
    />
  );
}
