"use client";

import { SegmentedControl } from "../ui/segmented-control";
import { type ReaderIds, useReaderState } from "./reader-store";

interface Props extends ReaderIds {
  /** side id → "News report + comments" */
  labels: { id: string; label: string }[];
}

/** Phones show one source of the full text at a time: this switch picks it (hidden from md up). */
export function SideSwitch({ labels, ...ids }: Props) {
  const [state, update] = useReaderState(ids);
  if (labels.length < 2) return null;
  return (
    <SegmentedControl
      legend="Source shown"
      options={labels}
      value={state.side ?? ids.sideIds[0]}
      onChange={(side) => update({ side })}
      className="mb-4 flex gap-2 md:hidden print:hidden"
      buttonClassName="flex-1 rounded-md border border-border px-3 py-2 aria-pressed:border-accent"
    />
  );
}
