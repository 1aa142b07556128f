"use client";

import { type ReaderIds, useReaderState } from "./reader-store";
import { SourceSwitch } from "./source-switch";

interface Props extends ReaderIds {
  /** side id → "News report + comments" */
  labels: { id: string; label: string }[];
}

/** The full text's source switch on phones, kept in the URL (`&side=`). */
export function SideSwitch({ labels, ...ids }: Props) {
  const [state, update] = useReaderState(ids);
  return (
    <SourceSwitch
      labels={labels}
      value={state.side ?? ids.sideIds[0]}
      onChange={(side) => update({ side })}
      className="print:hidden"
    />
  );
}
