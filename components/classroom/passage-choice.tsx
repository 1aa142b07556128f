import {
  passagesPerTopic,
  type SidePassages,
  shownPerSide,
  shownSentence,
} from "@/lib/classroom/passage-counts";
import { plural } from "@/lib/ui/plural";

interface Props {
  topics: readonly { id: string; label: string }[];
  sides: readonly SidePassages[];
  wholeTexts: boolean;
  onWholeTexts: (whole: boolean) => void;
  chosen: readonly string[];
  onChosen: (chosen: string[]) => void;
}

const FIELDSET = "space-y-3 rounded-lg border border-border bg-surface p-4";
const LEGEND = "px-1 font-sans text-lg font-semibold";
const CHOICE = "flex min-h-11 items-start gap-2 font-sans";
const BOX = "mt-1 size-4 shrink-0 accent-[color:var(--accent)]";

/**
 * Which passages students see: the whole texts, or those on some topics. Each topic says how many
 * passages it has (one with none cannot be chosen), and a line says what students will get per text,
 * so an activity of two passages out of forty is never a surprise.
 */
export function PassageChoice({ topics, sides, wholeTexts, onWholeTexts, chosen, onChosen }: Props) {
  const perTopic = passagesPerTopic(sides);
  const total = sides.reduce((n, s) => n + s.topics.length, 0);
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>Passages</legend>
      <div className="space-y-1">
        <label className={CHOICE}>
          <input
            type="radio"
            name="passages"
            className={BOX}
            checked={wholeTexts}
            onChange={() => onWholeTexts(true)}
          />
          <span>The whole texts: every passage, whatever its topic ({plural(total, "passage")})</span>
        </label>
        <label className={CHOICE}>
          <input
            type="radio"
            name="passages"
            className={BOX}
            checked={!wholeTexts}
            disabled={topics.every((t) => !perTopic.get(t.id))}
            onChange={() => onWholeTexts(false)}
          />
          <span>Only the passages on the topics ticked below</span>
        </label>
      </div>
      <fieldset disabled={wholeTexts} className="space-y-2 border-t border-border pt-3">
        <legend className="float-left mb-2 w-full font-sans font-semibold">Topics</legend>
        <div className="grid clear-both gap-2 sm:grid-cols-2">
          {topics.map((t) => {
            const n = perTopic.get(t.id) ?? 0;
            return (
              <label key={t.id} className={CHOICE}>
                <input
                  type="checkbox"
                  className={BOX}
                  disabled={n === 0}
                  checked={n > 0 && chosen.includes(t.id)}
                  onChange={(e) =>
                    onChosen(
                      topics
                        .map((x) => x.id)
                        .filter((id) => (id === t.id ? e.target.checked : chosen.includes(id))),
                    )
                  }
                />
                <span>
                  {t.label}{" "}
                  <span className="text-sm text-muted">
                    · {n === 0 ? "no passage" : plural(n, "passage")}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <p className="font-sans text-sm font-semibold" aria-live="polite" data-passages-shown>
        {shownSentence(shownPerSide(sides, wholeTexts ? null : chosen))}
      </p>
    </fieldset>
  );
}
