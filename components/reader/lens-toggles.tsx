import { Switch } from "../ui/switch";

interface Props {
  cues: boolean;
  onCues: (on: boolean) => void;
  /** Only in the full text. */
  /** Only in the full text; `counts`: "News report 5, Opinion and comments 12". */
  only?: { on: boolean; onChange: (on: boolean) => void; counts: string };
}

/** Switches for the framing lens: language cues in the text, and passages found only in one text. */
export function LensToggles({ cues, onCues, only }: Props) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 font-sans text-sm">
      <legend className="sr-only">Framing lens</legend>
      <Switch checked={cues} onChange={onCues}>
        Language cues
      </Switch>
      {only && (
        <Switch checked={only.on} onChange={only.onChange}>
          Only here ({only.counts})
        </Switch>
      )}
    </fieldset>
  );
}
