"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Disclosure } from "../ui/disclosure";
import { type LensLabels, PanelContent } from "./compare-content";
import { framingQueryOptions } from "./framing-query";

interface Props extends LensLabels {
  slug: string;
  topicId: string;
  topicLabel: string;
}

/** How each side frames a topic: shared facts, what only one says, who is cited, frames and voice; claims to trace. */
export function ComparePanel({ slug, topicId, topicLabel, ...rest }: Props) {
  const [open, setOpen] = useState(false);
  // Reads the lens the reader prefetches when idle; opening the panel first fetches it at once.
  const lens = useQuery({ ...framingQueryOptions(slug), enabled: open });
  return (
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
  );
}
