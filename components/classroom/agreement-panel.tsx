import type { Agreement } from "@/lib/classroom/agreement";
import { FRAME_LABELS, FRAMES_CITATION, type FrameId } from "@/lib/corpus/frames";
import { plural } from "@/lib/ui/plural";

interface Props {
  agreement: Agreement;
  /** The activity's topics, in order; the rest of the comparison is left out. */
  topics: readonly string[];
  topicLabels: ReadonlyMap<string, string>;
  sideLabels: ReadonlyMap<string, string>;
}

const CELL = "border-b border-border px-2 py-1.5 text-left align-top";

/** The section's heading: the editors' reading exists only where editors annotated (the seed). */
export const agreementHeading = (agreement: Agreement) =>
  agreement.framingLens ? "Beside the editors' reading" : "Beside the comparison's topics";

/**
 * The class's tags beside the annotation: counts to discuss, not a grade. Editors and the framing lens
 * are named only where they exist; an import's topics are whatever its importer gave or accepted.
 */
export function AgreementPanel({ agreement, topics, topicLabels, sideLabels }: Props) {
  const lens = agreement.framingLens;
  const rows = agreement.topics.filter((t) => topics.includes(t.topic));
  const frames = agreement.frames.filter((f) => topics.includes(f.topic) && f.classFrameTags > 0);
  const untagged = agreement.untaggedByEditors;
  return (
    <div className="space-y-4 font-sans">
      <p className="max-w-3xl text-sm text-muted">
        {lens
          ? "How the class's tags sit beside the editors' annotation. These are counts, not a score: the editors' topic tags and framing lens are one reading of the texts, and a passage the class reads differently is a point for discussion, not a mistake."
          : "How the class's tags sit beside the topics the passages were given when the comparison was made. These are counts, not a score: the topics are one reading of the texts, and a passage the class reads differently is a point for discussion, not a mistake."}
      </p>
      <div>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Class tags on each topic's passages</caption>
          <thead>
            <tr>
              <th scope="col" className={CELL}>
                Topic
              </th>
              <th scope="col" className={CELL}>
                {lens ? "Passages on it (editors)" : "Passages on it"}
              </th>
              <th scope="col" className={CELL}>
                Of those, tagged by the class
              </th>
              <th scope="col" className={CELL}>
                Class tags on them
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.topic}>
                <th scope="row" className={`${CELL} font-semibold`}>
                  {t.label}
                </th>
                <td className={CELL}>{t.editorPassages}</td>
                <td className={CELL}>{t.classTagged}</td>
                <td className={CELL}>{t.responses}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {untagged > 0 && (
        <p className="text-sm">
          The class tagged {plural(untagged, "passage")} {lens ? "the editors gave no topic" : "on no topic"}.
        </p>
      )}
      {lens && (
        <>
          <h3 className="font-semibold">Frame labels beside the framing lens</h3>
          {frames.length === 0 ? (
            <p className="text-sm text-muted">No frame labels from the class on these topics yet.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {frames.map((f) => (
                <li key={`${f.topic}-${f.side}`} className="rounded-md border border-border bg-surface p-3">
                  <p className="font-semibold">
                    {topicLabels.get(f.topic) ?? f.topic} · {sideLabels.get(f.side) ?? f.side}
                  </p>
                  <p>
                    The framing lens gives: {f.lensFrames.map((id) => FRAME_LABELS[id]).join("; ") || "none"}.
                  </p>
                  <p>
                    The class's frame labels:{" "}
                    {Object.entries(f.classFrames)
                      .map(([id, n]) => `${FRAME_LABELS[id as FrameId]} ${n}`)
                      .join("; ")}
                    . {f.inLens} of {f.classFrameTags} name a dimension the lens also gives.
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p className="text-xs text-muted">{FRAMES_CITATION}</p>
        </>
      )}
    </div>
  );
}
