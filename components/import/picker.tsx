"use client";

import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { matchOptions, type PickerOption } from "@/lib/catalog/picker-match";
import { buttonClass } from "../ui/button";
import { INPUT_CLASS } from "./field";

const LIMIT = 30;
export const PICKER_BUTTON = buttonClass({ variant: "secondary", size: "compact" });

interface PickerProps {
  /** The combobox's accessible name, e.g. "Counterpart of ¶3 in “The report”". */
  label: string;
  options: readonly PickerOption[];
  /** Shown first while nothing is typed, each with its `detail` (e.g. the aligner's ranked candidates). */
  suggestions?: readonly PickerOption[];
  placeholder?: string;
  onPick: (id: string) => void;
  onClose: (refocus: boolean) => void;
}

/**
 * A search box over many options (ARIA combobox with a listbox): nothing per option exists until it is
 * opened, and then only the first matches of what is typed. Arrows move, Enter picks, Escape closes.
 */
export function Picker({
  label,
  options,
  suggestions = [],
  placeholder = "Type to search",
  onPick,
  onClose,
}: PickerProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const suggested = new Set(suggestions.map((s) => s.id));
  const rest = query.trim() ? options : options.filter((o) => !suggested.has(o.id));
  const { shown, total } = matchOptions(query.trim() ? rest : [...suggestions, ...rest], query, LIMIT);
  const current = shown[Math.min(active, shown.length - 1)];
  const optionId = (i: number) => `${id}-option-${i}`;
  const status =
    total === 0
      ? "No match."
      : total > shown.length
        ? `${total} matches, the first ${shown.length} shown.`
        : `${total} matches.`;

  return (
    <div className="w-full space-y-1">
      <input
        ref={input}
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={shown.length > 0}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={current ? optionId(shown.indexOf(current)) : undefined}
        className={INPUT_CLASS}
        placeholder={placeholder}
        value={query}
        // Options never take the focus (see onMouseDown below), so a blur means the focus left the picker.
        onBlur={() => onClose(false)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            const step = e.key === "ArrowDown" ? 1 : -1;
            setActive(
              (a) => (Math.min(a, shown.length - 1) + step + shown.length) % Math.max(shown.length, 1),
            );
          } else if (e.key === "Enter") {
            e.preventDefault();
            if (current) onPick(current.id);
          } else if (e.key === "Escape") {
            e.preventDefault();
            onClose(true);
          }
        }}
      />
      <p role="status" className="sr-only">
        {status}
      </p>
      {shown.length > 0 && (
        <div
          id={`${id}-listbox`}
          role="listbox"
          aria-label={label}
          className="max-h-64 overflow-y-auto rounded-md border border-border bg-surface font-sans text-sm"
        >
          {shown.map((option, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys go to the combobox input (aria-activedescendant)
            <div
              key={option.id}
              id={optionId(i)}
              role="option"
              tabIndex={-1}
              aria-selected={option === current}
              className="cursor-pointer px-3 py-2 aria-selected:bg-[color:var(--selected-bg)]"
              // Keeps the focus in the box, so the blur above does not close it before the click lands.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onPick(option.id)}
            >
              {option.label}
              {option.detail ? <span className="text-muted"> ({option.detail})</span> : null}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/**
 * A button (its visible text and any sr-only detail in `children`) that turns into the picker while
 * choosing; focus comes back to it after a pick or Escape.
 */
export function PickerToggle({
  children,
  onPick,
  ...picker
}: Omit<PickerProps, "onClose"> & { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!open && refocus.current) button.current?.focus();
    refocus.current = false;
  }, [open]);
  const close = (focus: boolean) => {
    // A blur as the box unmounts after a pick or Escape must not cancel the refocus they asked for.
    refocus.current ||= focus;
    setOpen(false);
  };
  if (open)
    return (
      <Picker
        {...picker}
        onPick={(id) => {
          close(true);
          onPick(id);
        }}
        onClose={close}
      />
    );
  return (
    <button
      ref={button}
      type="button"
      data-picker-toggle
      className={PICKER_BUTTON}
      onClick={() => setOpen(true)}
    >
      {children}
    </button>
  );
}
