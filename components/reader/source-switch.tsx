import type { Side } from "@/lib/corpus/sides";
import { sourceNames } from "@/lib/corpus/source-names";
import { SegmentedControl } from "../ui/segmented-control";

interface Props {
  sides: Side[];
  value: string | undefined;
  onChange: (sideId: string) => void;
  className?: string;
}

/** Phones show one source at a time: this switch picks it (hidden from the md breakpoint up). */
export function SourceSwitch({ sides, value, onChange, className = "" }: Props) {
  if (sides.length < 2) return null;
  const names = sourceNames(sides.map((s) => s.main));
  return (
    <SegmentedControl
      legend="Source shown"
      options={sides.map((side, i) => ({
        id: side.id,
        label: `${names[i]}${side.replies.length > 0 ? " + comments" : ""}`,
      }))}
      value={value}
      onChange={onChange}
      className={`mb-4 flex gap-2 md:hidden ${className}`}
      buttonClassName="flex-1 rounded-md border border-border px-3 py-2 aria-pressed:border-accent"
    />
  );
}
