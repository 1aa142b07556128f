"use client";

import { useSearchParams } from "next/navigation";
import type { ReactNode } from "react";
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
 * one is shown, as `data-shown` on their grid, and their classes hide the others below md. The choice is
 * the URL's `?side=` (as in the reader), so a reload renders the same side from the first paint.
 */
export function SideSwitch({ labels, columns, children }: Props) {
  const side = useSearchParams().get("side");
  const shown = Math.max(
    0,
    labels.findIndex((l) => l.id === side),
  );
  const choose = (id: string) => {
    const url = new URL(window.location.href);
    url.searchParams.set("side", id);
    // No history entry, and the hash (a teacher's key) stays where it is.
    window.history.replaceState(null, "", url);
  };
  return (
    <div>
      <SourceSwitch labels={labels} value={labels[shown]?.id} onChange={choose} />
      <div data-shown={shown} className={`group/sides grid gap-10 ${columns}`}>
        {children}
      </div>
    </div>
  );
}
