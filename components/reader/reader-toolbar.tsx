"use client";

import { useCallback } from "react";
import { switchView } from "@/lib/reader/state-changes";
import { LensToggles } from "./lens-toggles";
import { type ReaderIds, useReaderState } from "./reader-store";
import { SearchBox } from "./search-box";
import { ViewSwitch } from "./view-switch";

interface Props extends ReaderIds {
  /** "News report 5, Opinion and comments 12": passages marked "only here" per side. */
  onlyCounts: string;
  /** side id → "news report": how the search count names each side. */
  sideNouns: Readonly<Record<string, string>>;
  timeline: boolean;
  /** side id → matches of the URL's query (the server's count, for the first paint) */
  serverCounts: Readonly<Record<string, number>>;
}

/** The view, the search and the lens switches: a client island over the server-rendered texts. */
export function ReaderToolbar({ onlyCounts, sideNouns, timeline, serverCounts, ...ids }: Props) {
  const [state, update, navigating] = useReaderState(ids);
  const onSearch = useCallback((q: string) => update({ q }), [update]);
  return (
    <div
      aria-busy={navigating}
      className="flex flex-wrap items-start gap-x-4 gap-y-2 rounded-lg border border-border bg-surface p-2 sm:p-3 print:hidden"
    >
      <ViewSwitch view={state.view} onChange={(view) => update(switchView(view))} timeline={timeline} />
      <SearchBox
        query={state.q}
        state={state}
        sideNouns={sideNouns}
        serverCounts={serverCounts}
        onSearch={onSearch}
      />
      <LensToggles
        cues={state.cues}
        onCues={(cues) => update({ cues })}
        only={
          state.view === "full"
            ? { on: state.only, onChange: (only) => update({ only }), counts: onlyCounts }
            : undefined
        }
      />
      {navigating && (
        <p role="status" className="w-full font-sans text-xs text-muted">
          Loading…
        </p>
      )}
    </div>
  );
}
