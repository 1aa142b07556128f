import type { ReaderState } from "@/lib/reader/url-state";
import { LensToggles } from "./lens-toggles";
import { SearchBox } from "./search-box";
import { ViewSwitch } from "./view-switch";

interface Props {
  state: ReaderState;
  update: (patch: Partial<ReaderState>, options?: { replace?: boolean }) => void;
  matchSummary: string;
  onSearch: (q: string) => void;
  /** side id → passages marked "only here" */
  onlyHere: Readonly<Record<string, number>>;
  sideLabels: Readonly<Record<string, string>>;
  timeline: boolean;
}

export function ReaderToolbar(props: Props) {
  const { state, update, matchSummary, onSearch, onlyHere, sideLabels, timeline } = props;
  const counts = Object.entries(onlyHere)
    .map(([side, n]) => `${sideLabels[side] ?? side} ${n}`)
    .join(", ");
  return (
    <div className="flex flex-wrap items-start gap-4 rounded-lg border border-border bg-surface p-3 print:hidden">
      <ViewSwitch view={state.view} onChange={(view) => update({ view })} timeline={timeline} />
      <SearchBox query={state.q} summary={matchSummary} onSearch={onSearch} />
      <LensToggles
        cues={state.cues}
        onCues={(cues) => update({ cues })}
        only={
          state.view === "full" ? { on: state.only, onChange: (only) => update({ only }), counts } : undefined
        }
      />
    </div>
  );
}
