import { cn } from "@/lib/ui/cn";

interface Props<T extends string> {
  legend: string;
  options: readonly { id: T; label: string }[];
  value: T | undefined;
  onChange: (id: T) => void;
  className?: string;
  buttonClassName?: string;
}

/** One choice among a few, as a group of toggle buttons (aria-pressed) named by a legend. */
export function SegmentedControl<T extends string>({
  legend,
  options,
  value,
  onChange,
  className = "",
  buttonClassName = "",
}: Props<T>) {
  return (
    <fieldset className={className}>
      <legend className="sr-only">{legend}</legend>
      {options.map((o) => (
        <button
          key={o.id}
          type="button"
          aria-pressed={value === o.id}
          onClick={() => onChange(o.id)}
          className={cn(
            "font-sans text-sm font-semibold aria-pressed:bg-accent aria-pressed:text-accent-fg",
            buttonClassName,
          )}
        >
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}
