"use client";

import type { ReactNode } from "react";
import { usePrinting } from "./use-printing";

interface Props {
  id: string;
  title: ReactNode;
  open: boolean;
  onToggle: () => void;
  children: ReactNode;
  /** Print the content even when collapsed (handouts show everything); it is rendered only when shown. */
  printOpen?: boolean;
  className?: string;
}

/** A heading with a button that shows or hides a region (aria-expanded / aria-controls). */
export function Disclosure({
  id,
  title,
  open,
  onToggle,
  children,
  printOpen = false,
  className = "",
}: Props) {
  const printing = usePrinting();
  const shown = open || (printOpen && printing);
  return (
    <div className={`rounded-lg border border-border bg-surface ${className}`}>
      <h3 className="m-0">
        <button
          type="button"
          aria-expanded={open}
          aria-controls={id}
          onClick={onToggle}
          className="flex w-full items-center justify-between px-4 py-3 text-left font-sans font-semibold print:hidden"
        >
          {title}
          <span aria-hidden="true" className="text-muted">
            {open ? "▲ Hide" : "▼ Show"}
          </span>
        </button>
      </h3>
      <div id={id} hidden={!shown}>
        {shown && children}
      </div>
    </div>
  );
}
