import { SegmentedControl } from "./segmented-control";

interface Props {
  /** side id → its name, e.g. "News report + comments" (`sideNames` in lib/reader/derive). */
  labels: { id: string; label: string }[];
  value: string | undefined;
  onChange: (sideId: string) => void;
  className?: string;
}

/** Phones show one source at a time: this switch picks it (hidden from the md breakpoint up). */
export function SourceSwitch({ labels, value, onChange, className = "" }: Props) {
  if (labels.length < 2) return null;
  return (
    <SegmentedControl
      legend="Source shown"
      options={labels}
      value={value}
      onChange={onChange}
      className={`mb-4 flex gap-2 md:hidden ${className}`}
      buttonClassName="flex-1 rounded-md border border-border px-3 py-2 aria-pressed:border-accent"
    />
  );
}
