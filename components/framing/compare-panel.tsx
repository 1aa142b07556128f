"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Disclosure } from "../ui/disclosure";
import { type LensLabels, PanelContent, type Summary } from "./compare-content";
import { framingQueryOptions } from "./framing-query";

interface Props extends LensLabels {
  slug: string;
  topicId: string;
  topicLabel: string;
  /** The page's first panel: the target of "Skip to the comparison". */
  first?: boolean;
  summaries?: readonly Summary[];
}

export const FIRST_COMPARISON_ID = "first-comparison";

/** How each side frames a topic: shared facts, what only one says, who is cited, frames and voice; claims to trace. */
export function ComparePanel({ slug, topicId, topicLabel, first = false, summaries, ...rest }: Props) {
  // Open by default: the comparison is the reader's point. The server renders the lens with the page.
  const [open, setOpen] = useState(true);
  const lens = useQuery(framingQueryOptions(slug));
  return (
    <div
      id={first ? FIRST_COMPARISON_ID : undefined}
      tabIndex={first ? -1 : undefined}
      className="scroll-mt-4"
    >
      <Disclosure
        id={`compare-${topicId}`}
        title={`How each side frames it: ${topicLabel}`}
        open={open}
        onToggle={() => setOpen((o) => !o)}
        printOpen
        className="font-sans text-sm"
      >
        <div className="space-y-5 px-4 pb-4">
          {lens.data ? (
            <PanelContent
              compare={lens.data.compare[topicId]}
              claims={lens.data.claims.filter((c) => c.topic === topicId)}
              summaries={summaries}
              {...rest}
            />
          ) : lens.error ? (
            <p role="alert">Could not load the framing lens: {lens.error.message}</p>
          ) : (
            <p role="status" className="text-muted">
              Loading the framing lens…
            </p>
          )}
        </div>
      </Disclosure>
    </div>
  );
}
