import type { ButtonHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * primary: the one main action of a form; secondary: the others; danger: what deletes or cannot be
 * undone (an error-coloured border, text kept at full contrast); quiet: a link-like action in text.
 */
export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";
/** md and compact keep a 44 px touch target; sm (36 px) is for dense lists. */
export type ButtonSize = "md" | "compact" | "sm";

const BASE = "inline-flex items-center justify-center rounded-md font-sans font-semibold disabled:opacity-60";
const VARIANTS: Record<ButtonVariant, string> = {
  primary: "bg-accent text-accent-fg",
  secondary: "border border-border bg-surface text-fg hover:bg-bg",
  danger: "border-2 border-error bg-surface text-fg",
  quiet: "text-accent underline",
};
const SIZES: Record<ButtonSize, string> = {
  md: "min-h-11 px-4",
  compact: "min-h-11 px-3 text-sm",
  sm: "min-h-9 px-3 text-sm",
};

export interface ButtonStyle {
  variant?: ButtonVariant;
  size?: ButtonSize;
}

/** The classes of a button, for elements that look like one (a download link). */
export function buttonClass({ variant = "secondary", size = "md" }: ButtonStyle = {}, className?: string) {
  return cn(BASE, VARIANTS[variant], SIZES[size], className);
}

type Props = ButtonStyle & ButtonHTMLAttributes<HTMLButtonElement>;

/** A button: `type="button"` unless given (a submit must say so). */
export function Button({ variant, size, className, type = "button", ...props }: Props) {
  return <button type={type} className={buttonClass({ variant, size }, className)} {...props} />;
}
