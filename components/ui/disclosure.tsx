"use client";

import type { ReactNode } from "react";

interface Props {
  id: string;
  title: ReactNode;
  open: boolean;
  onToggle: () => void;
  /** Server-rendered content: always in the page, hidden while closed, so opening it needs no render. */
  children: ReactNode;
  /** Print the content even when collapsed (handouts show everything): see globals.css. */
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
      <div id={id} hidden={!open} data-print-open={printOpen || undefined}>
        {children}
      </div>
    </div>
  );
}
