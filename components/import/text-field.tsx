"use client";

import { useMemo, useState } from "react";
import { findSingleBreaks, splitSingleBreaks } from "@/lib/import/line-breaks";
import { buttonClass } from "../ui/button";
import { Field, INPUT_CLASS } from "./field";

interface Props {
  id: string;
  error: string | undefined;
  text: string;
  onText: (text: string) => void;
}

const NOTICE =
  "space-y-2 rounded-md border-l-4 border-[color:var(--cue-hedge)] bg-[color:var(--related-bg)] p-3";
const BUTTON = buttonClass({ size: "compact" });

/**
 * A text's body. Paragraphs pasted one per line (a word processor's or a web page's plain text) are
 * split at once, with an undo: otherwise the whole article is one passage and nothing links. Typed or
 * uploaded text with single line breaks gets the same split offered, not imposed.
 */
export function TextField({ id, error, text, onText }: Props) {
  const [pasted, setPasted] = useState<{ original: string; split: string; paragraphs: number } | null>(null);
  const found = useMemo(() => findSingleBreaks(text), [text]);
  const justSplit = pasted !== null && pasted.split === text;

  return (
    <div className="space-y-2">
      <Field
        id={id}
        label="Text"
        hint="Paragraphs separated by blank lines (pasted text with one paragraph per line is split for you). Markdown headings (#), list items (-) and quotes (>) are kept as such."
        error={error}
      >
        {(aria) => (
          <textarea
            {...aria}
            rows={10}
            className={`${INPUT_CLASS} font-serif`}
            value={text}
            onChange={(e) => onText(e.target.value)}
            onPaste={(e) => {
              const clip = e.clipboardData.getData("text/plain");
              if (!findSingleBreaks(clip)) return;
              const el = e.currentTarget;
              const next = el.value.slice(0, el.selectionStart) + clip + el.value.slice(el.selectionEnd);
              const split = splitSingleBreaks(next);
              e.preventDefault();
              setPasted({ original: next, split, paragraphs: findSingleBreaks(next)?.after ?? 0 });
              onText(split);
            }}
          />
        )}
      </Field>
      {/* Polite, not role=status: the file upload above has the text's status line. */}
      <div aria-live="polite" className="font-sans text-sm">
        {justSplit ? (
          <div className={NOTICE}>
            <p>
              The pasted text had one paragraph per line: Parallax put a blank line between its{" "}
              {pasted.paragraphs} paragraphs, so each becomes a passage.
            </p>
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                setPasted(null);
                onText(pasted.original);
              }}
            >
              Undo: keep the line breaks as pasted
            </button>
          </div>
        ) : found ? (
          <div className={NOTICE}>
            <p>
              <span aria-hidden="true">⚠ </span>
              This text separates {found.after} paragraphs with single line breaks. As it is, it makes{" "}
              {found.before === 1 ? "one passage" : `${found.before} passages`}, and one passage can hardly be
              linked to the other text's.
            </p>
            <button type="button" className={BUTTON} onClick={() => onText(splitSingleBreaks(text))}>
              Split into {found.after} paragraphs
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
