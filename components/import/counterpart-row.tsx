"use client";

import { useEffect, useRef, useState } from "react";
import { setCounterpart } from "@/lib/catalog/correction";
import { excerpt } from "@/lib/catalog/picker-match";
import type { AlignmentCorrection } from "@/lib/catalog/schema";
import {
  type Candidate,
  confidenceOf,
  confidenceText,
  isLink,
  percent,
  suggestionsIn,
  withoutLink,
} from "@/lib/import/confidence";
import type { EditorIndex } from "./passage-editor";
import { PICKER_BUTTON, PickerToggle } from "./picker";

interface Props {
  passageId: string;
  number: number;
  /** The other text: its id and its name as shown ("“Fox News”"). */
  other: { id: string; name: string };
  /** Its links into that text: usually one; several when other passages there link to it too. */
  current: readonly Candidate[];
  candidates: readonly Candidate[];
  correction: AlignmentCorrection;
  index: EditorIndex;
  onChange: (next: AlignmentCorrection) => void;
}

/** Doubtful links are marked three ways: a dashed amber edge, a warning sign and the words "Check this". */
const LINK_STYLES = {
  hand: { icon: "✎", box: "border-l-4 border-solid border-[color:var(--accent)]" },
  likely: { icon: "✓", box: "border-l-4 border-solid border-border" },
  check: {
    icon: "⚠",
    box: "border-l-4 border-dashed border-[color:var(--cue-hedge)] bg-[color:var(--related-bg)]",
  },
} as const;

/**
 * A passage's counterpart in one other text: the link with its confidence, the aligner's other
 * suggestions (one click each accepts one), and a search box for any other passage.
 */
export function CounterpartRow({
  passageId,
  number,
  other,
  current,
  candidates,
  correction,
  index,
  onChange,
}: Props) {
  const linked = current.filter((c) => isLink(c.score)).sort((a, b) => b.score - a.score);
  // An accepted suggestion's button goes away with it: keep the keyboard in the row, on "Change".
  const row = useRef<HTMLDivElement>(null);
  const [accepted, setAccepted] = useState(false);
  useEffect(() => {
    if (!accepted) return;
    setAccepted(false);
    row.current?.querySelector<HTMLButtonElement>("[data-picker-toggle]")?.focus();
  }, [accepted]);
  const set = (id: string | null) =>
    onChange(setCounterpart(correction, passageId, other.id, id, index.documentOf));
  const suggestions = suggestionsIn(
    candidates,
    (id) => index.documentOf(id) === other.id,
    linked.map((l) => l.id),
  );
  // The row looks as doubtful as its weakest link.
  const weakest = linked.at(-1);
  const style = weakest ? LINK_STYLES[confidenceOf(weakest.score)] : null;
  const of = ` the counterpart of ¶${number} in ${other.name}`;
  const optionOf = (c: Candidate) => {
    const p = index.passages.get(c.id);
    return {
      id: c.id,
      label: `¶${p?.number ?? "?"}: ${excerpt(p?.text ?? "")}`,
      detail: `suggested, ${percent(c.score)}`,
    };
  };

  return (
    <div ref={row} className="space-y-2 font-sans text-sm" data-counterpart-in={other.id}>
      <div
        className={`flex flex-wrap items-center gap-2 ${style ? `${style.box} rounded-r-md py-1 pl-2` : ""}`}
      >
        <p className="min-w-0 flex-1 basis-60">
          <span className="text-muted">Counterpart in {other.name}: </span>
          {linked.length === 0 && "none (only here)"}
          {linked.map((l, i) => {
            const target = index.passages.get(l.id);
            return (
              // Several links: one per line, each with its own Unlink.
              <span key={l.id} className={linked.length > 1 ? "mt-1 block" : undefined}>
                {i > 0 && <span className="sr-only">; </span>}¶{target?.number ?? "?"}{" "}
                {excerpt(target?.text ?? "")}{" "}
                <span className="whitespace-nowrap font-semibold" data-confidence={confidenceOf(l.score)}>
                  <span aria-hidden="true">{LINK_STYLES[confidenceOf(l.score)].icon} </span>
                  {confidenceText(l.score)}
                </span>
                {linked.length > 1 && (
                  // Several links into one text (one-to-many): each can go on its own.
                  <button
                    type="button"
                    className="ml-2 min-h-8 rounded-md border border-border px-2 font-semibold hover:bg-bg"
                    onClick={() =>
                      onChange({ ...correction, links: withoutLink(correction.links, passageId, l.id) })
                    }
                  >
                    Unlink ¶{target?.number ?? "?"}
                    <span className="sr-only"> from ¶{number}</span>
                  </button>
                )}
              </span>
            );
          })}
        </p>
        <PickerToggle
          label={`Counterpart of ¶${number} in ${other.name}`}
          options={index.passageOptions.get(other.id) ?? []}
          suggestions={suggestions.map(optionOf)}
          placeholder="Words or a ¶ number"
          onPick={set}
        >
          {linked.length > 0 ? "Change" : "Choose"}
          <span className="sr-only">{of}</span>
        </PickerToggle>
        {linked.length > 0 && (
          <button type="button" className={PICKER_BUTTON} onClick={() => set(null)}>
            {linked.length > 1 ? "Clear all" : "Clear"}
            <span className="sr-only">{of}</span>
          </button>
        )}
      </div>
      {suggestions.length > 0 && (
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <span className="text-muted">{linked.length > 0 ? "Instead:" : "Suggested:"}</span>
          <ul
            className="flex min-w-0 flex-1 flex-col gap-1"
            aria-label={`Suggested counterparts of ¶${number} in ${other.name}`}
          >
            {suggestions.map((s) => {
              const p = index.passages.get(s.id);
              return (
                <li key={s.id} className="flex min-w-0 items-baseline gap-2">
                  <button
                    type="button"
                    className="min-h-8 shrink-0 rounded-md border border-border px-2 font-semibold hover:bg-bg"
                    onClick={() => {
                      set(s.id);
                      setAccepted(true);
                    }}
                  >
                    Link ¶{p?.number ?? "?"}
                    <span className="sr-only">
                      {linked.length > 0 ? " instead," : ""} as{of}
                    </span>
                  </button>
                  <span className="min-w-0">
                    {percent(s.score)} · <span className="text-muted">{excerpt(p?.text ?? "")}</span>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
