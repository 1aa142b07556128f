"use client";

import { switchView } from "@/lib/reader/state-changes";
import type { View } from "@/lib/reader/url-state";
import { SegmentedControl } from "../ui/segmented-control";
import { Switch } from "../ui/switch";
import { prefetchCues } from "./cue-layer";
import { type ReaderIds, useReaderState } from "./reader-store";
import { SearchBox, type ServerSearch } from "./search-box";

interface Props extends ReaderIds {
  /** "News report 5, Opinion and comments 12": passages marked "only here" per side. */
  onlyCounts: string;
  /** side id → "news report": how the search count names each side. */
  sideNouns: Readonly<Record<string, string>>;
  /** The timeline needs dated events from the framing lens; imports have none, so they get two views. */
  timeline: boolean;
  /** The server's count of the URL's query, for the first paint. */
  serverCount: ServerSearch;
}

const VIEWS: { id: View; label: string }[] = [
  { id: "topics", label: "By topic" },
  { id: "full", label: "Full text" },
  { id: "timeline", label: "Timeline" },
];

/** The view, the search and the framing lens's switches: a client island over the server-rendered texts. */
export function ReaderToolbar({ onlyCounts, sideNouns, timeline, serverCount, ...ids }: Props) {
  const [state, update, navigating] = useReaderState(ids, ["view", "q", "cues", "only"]);
  const prefetch = () => void prefetchCues(ids.slug);
  return (
    <div
      aria-busy={navigating}
      className="relative flex flex-wrap items-start gap-x-4 gap-y-2 rounded-lg border border-border bg-surface p-2 sm:p-3 print:hidden"
    >
      <SegmentedControl
        legend="View"
        options={timeline ? VIEWS : VIEWS.slice(0, 2)}
        value={state.view}
        onChange={(view) => update(switchView(view))}
        className="inline-flex rounded-md border border-border p-0.5"
        buttonClassName="rounded px-3 py-1.5"
      />
      <SearchBox query={state.q} sideNouns={sideNouns} serverCount={serverCount} onSearch={update} />
      <fieldset
        onPointerEnter={prefetch}
        onFocus={prefetch}
        className="flex flex-wrap items-center gap-x-4 gap-y-2 font-sans text-sm"
      >
        <legend className="sr-only">Framing lens</legend>
        <Switch checked={state.cues} onChange={(cues) => update({ cues })}>
          Language cues
        </Switch>
        {state.view === "full" && (
          <Switch checked={state.only} onChange={(only) => update({ only })}>
            Only here ({onlyCounts})
          </Switch>
        )}
      </fieldset>
      {navigating && (
        <p role="status" className="absolute right-3 bottom-1 font-sans text-xs text-muted">
          Loading…
        </p>
      )}
    </div>
  );
}
