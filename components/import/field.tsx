import type { ReactNode } from "react";

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
  className?: string;
}

/** A labelled form control with its hint and error, both tied to the control for screen readers. */
export function Field({ id, label, hint, error, children, className = "" }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block font-sans text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="font-sans text-xs text-muted">
          {hint}
        </p>
      )}
      {children({
        id,
        ...(described ? { "aria-describedby": described } : {}),
        ...(error ? { "aria-invalid": true } : {}),
      })}
      {error && (
        <p id={`${id}-error`} className="font-sans text-sm font-semibold text-error">
          {error}
        </p>
      )}
    </div>
  );
}

export const INPUT_CLASS =
  "w-full rounded-md border border-border bg-surface px-3 py-2 font-sans text-base text-fg aria-invalid:border-error";
