"use client";

import { type ReactNode, useState } from "react";
import { SourceSwitch } from "../ui/source-switch";

interface Props {
  /** One per side, in the order of the sections in `children`. */
  labels: { id: string; label: string }[];
  /** Grid columns for the sides (`sideColumns`). */
  columns: string;
  /** The sides' sections, each styled by `sideShownClass(index)` (activity-texts.tsx). */
  children: ReactNode;
}

/**
 * Phones show one side at a time. The sections may be server-rendered: this island only keeps which
 * one is shown, as `data-shown` on their grid, and their classes hide the others below md.
 */
export function SideSwitch({ labels, columns, children }: Props) {
  const [shown, setShown] = useState(0);
  return (
    <div>
      <SourceSwitch
        labels={labels}
        value={labels[shown]?.id}
        onChange={(id) =>
          setShown(
            Math.max(
              0,
              labels.findIndex((l) => l.id === id),
            ),
          )
        }
      />
      <div data-shown={shown} className={`group/sides grid gap-10 ${columns}`}>
        {children}
      </div>
    </div>
  );
}
