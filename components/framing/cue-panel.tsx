import { CUE_INFO, CUE_KINDS } from "@/lib/framing/cue-labels";
import type { CueReport } from "@/lib/framing/cue-report";
import { cueScale } from "@/lib/framing/cue-scale";

/** The legend of the cue marks, and their rates per 1,000 words in each source, as a table with bars. */
export function CuePanel({ report }: { report: Pick<CueReport, "rates" | "sources"> | null }) {
  // One scale for every bar, drawn in tracks of one fixed width, so bars compare across sources.
  const scale = cueScale(report?.rates ?? []);
  return (
    <section
      aria-labelledby="cue-panel-title"
      className="space-y-3 rounded-lg border border-border bg-surface p-4 font-sans text-sm"
    >
      <h2 id="cue-panel-title" className="text-base font-bold">
        Language cues
      </h2>
      <p className="text-muted">
        Marked in the text by code (wink-nlp and word lists), not by an editor: signals to look closer, not
        verdicts. A hedge can be honest caution; a loaded word can be a quoted speaker's.
      </p>
      {!report && <p role="alert">Could not analyse the language of these texts.</p>}
      {report && (
        <div className="grid gap-4 lg:grid-cols-2">
          <ul className="min-w-0 space-y-1.5" aria-label="Legend">
            {CUE_KINDS.map((k) => (
              <li key={k}>
                <span className={`cue-${k} font-semibold`}>{CUE_INFO[k].label}</span>
                <span className="text-muted">: {CUE_INFO[k].definition}</span>
              </li>
            ))}
          </ul>
          {/* Fixed layout: the cue column is set, the sources share the rest equally, so every bar track
              has the same width (one scale) and the table fits a phone. */}
          <table className="w-full min-w-0 table-fixed border-collapse text-left tabular-nums">
            <caption className="mb-1 text-left font-semibold">Cues per 1,000 words</caption>
            <thead>
              <tr>
                <th scope="col" className="w-24 py-1 font-medium sm:w-28">
                  Cue
                </th>
                {report.rates.map((r) => (
                  <th key={r.source} scope="col" className="py-1 pr-3 align-bottom font-medium">
                    {r.label}{" "}
                    <span className="font-normal text-muted">({r.words.toLocaleString("en")} words)</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {CUE_KINDS.map((k) => (
                <tr key={k} className="border-t border-border">
                  <th scope="row" className="py-1 pr-2 font-normal">
                    {CUE_INFO[k].label}
                  </th>
                  {report.rates.map((r) => (
                    <td key={r.source} className="py-1 pr-2">
                      <span className="flex items-center gap-2">
                        <span className="w-9 shrink-0 text-right">{r.perThousand[k].toFixed(1)}</span>
                        <span aria-hidden="true" className="block min-w-0 flex-1">
                          <span
                            data-bar
                            className="block h-2.5 rounded-sm bg-accent"
                            style={{
                              width: `${scale(r.perThousand[k])}%`,
                              minWidth: r.perThousand[k] > 0 ? 2 : 0,
                            }}
                          />
                        </span>
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report && (
        <details className="text-xs text-muted">
          <summary className="cursor-pointer">Where the word lists come from</summary>
          <ul className="mt-1 list-inside list-disc space-y-1">
            {Object.entries(report.sources).map(([k, source]) => (
              <li key={k}>{source}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
