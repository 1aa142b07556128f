import { FRAME_LABELS, FRAMES_CITATION } from "@/lib/corpus/frames";
import type { Claim, TopicCompare } from "@/lib/corpus/framing-schema";
import { ClaimsList } from "./claims-list";
import { BriefCounts, BriefLines } from "./compare-brief";
import { type PassageLinkProps, PassageLinks } from "./passage-links";

export interface LensLabels extends PassageLinkProps {
  /** source key ("news", "opinion", "comments") → its name in the panel */
  sourceLabels: Readonly<Record<string, string>>;
  /** side id → its name ("News report") */
  sideLabels: Readonly<Record<string, string>>;
}

export interface Summary {
  source: string;
  text: string;
}

function InBrief({
  summaries,
  labels,
}: {
  summaries: readonly Summary[];
  labels: Readonly<Record<string, string>>;
}) {
  if (summaries.length === 0) return null;
  return (
    <section>
      <h4 className="mb-2 font-sans text-base font-bold">What each says</h4>
      <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
        {summaries.map((s) => (
          <div key={s.source} className="min-w-0">
            <h5 className="mb-1 text-xs font-bold uppercase tracking-wider text-muted">
              {labels[s.source] ?? s.source}
            </h5>
            <p>{s.text}</p>
          </div>
        ))}
      </div>
    </section>
  );
}

const VOICE = {
  asserted: "Asserted in its own voice",
  attributed: "Attributed to others",
  mixed: "Mixed: asserted and attributed",
};
const USE = { quoted: "quoted", paraphrased: "paraphrased", cited: "cited as a source" };

function BySource<T extends { source: string }>({
  items,
  labels,
  render,
}: {
  items: T[];
  labels: Readonly<Record<string, string>>;
  render: (item: T) => React.ReactNode;
}) {
  const sources = Object.keys(labels).filter((s) => items.some((i) => i.source === s));
  if (sources.length === 0) return <p className="text-muted">Nothing on this topic.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
      {sources.map((s) => (
        <div key={s} className="min-w-0">
          <h4 className="mb-1 text-xs font-bold uppercase tracking-wider text-muted">{labels[s]}</h4>
          <ul className="list-disc space-y-1 pl-5">{items.filter((i) => i.source === s).map(render)}</ul>
        </div>
      ))}
    </div>
  );
}

/** One topic's compare panel: shared facts, what only one says, who is cited, frames and voice; claims to trace. */
export function PanelContent({
  compare,
  claims,
  summaries = [],
  brief = false,
  sourceLabels,
  sideLabels,
  ...links
}: LensLabels & {
  compare: TopicCompare | undefined;
  claims: Claim[];
  /**
   * The overview: what only one side says as counts, who is cited and the frames by name only; the
   * items, reasons and citations come with the passages, one click away.
   */
  brief?: boolean;
  /** Each source's summary of the topic, in side order. */
  summaries?: readonly Summary[];
}) {
  const h3 = "mb-2 font-sans text-base font-bold";
  return (
    <>
      {compare && (
        <>
          <section>
            <h4 className={h3}>Both report</h4>
            {compare.bothReport.length === 0 ? (
              <p className="text-muted">No fact on this topic is reported by both sides.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5">
                {compare.bothReport.map((f) => (
                  <li key={f.fact}>
                    {f.fact}
                    {Object.entries(f.passages).map(([side, ids]) => (
                      <span key={side} className="text-muted">
                        {" "}
                        · {sideLabels[side] ?? side}
                        <PassageLinks ids={ids} {...links} />
                      </span>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <InBrief summaries={summaries} labels={sourceLabels} />
          <section>
            <h4 className={h3}>Only in one</h4>
            {brief ? (
              <BriefCounts items={compare.onlyIn} labels={sourceLabels} />
            ) : (
              <BySource
                items={compare.onlyIn}
                labels={sourceLabels}
                render={(o) => (
                  <li key={o.text}>
                    {o.text}
                    <PassageLinks ids={o.passages} {...links} />
                  </li>
                )}
              />
            )}
          </section>
          <section>
            <h4 className={h3}>Who is quoted or cited</h4>
            {brief ? (
              <BriefLines
                items={compare.cited}
                labels={sourceLabels}
                text={(cited) => [...new Set(cited.map((c) => c.name))].join(", ")}
              />
            ) : (
              <BySource
                items={compare.cited}
                labels={sourceLabels}
                render={(c) => (
                  <li key={`${c.name}-${c.use}`}>
                    <span className="font-semibold">{c.name}</span>, {c.role}{" "}
                    <span className="text-muted">({USE[c.use]})</span>
                    <PassageLinks ids={c.passages} {...links} />
                  </li>
                )}
              />
            )}
          </section>
          <section>
            <h4 className={h3}>How it is framed</h4>
            {brief ? (
              <BriefLines
                items={compare.framing}
                labels={sourceLabels}
                text={(framings) =>
                  framings
                    .map(
                      (f) =>
                        `${f.frames.map((fr) => FRAME_LABELS[fr.dimension]).join(", ")}; ${VOICE[f.voice].toLowerCase()}`,
                    )
                    .join("; ")
                }
              />
            ) : (
              <BySource
                items={compare.framing}
                labels={sourceLabels}
                render={(f) => (
                  <li key={f.source} className="list-none space-y-1">
                    {f.frames.map((fr) => (
                      <p key={fr.dimension}>
                        <span className="rounded border border-border px-1.5 font-semibold">
                          {FRAME_LABELS[fr.dimension]}
                        </span>{" "}
                        {fr.reason}
                      </p>
                    ))}
                    <p>
                      <span className="font-semibold">{VOICE[f.voice]}.</span> {f.voiceNote}
                      <PassageLinks ids={f.passages} {...links} />
                    </p>
                  </li>
                )}
              />
            )}
            {!brief && <p className="mt-2 text-xs text-muted">{FRAMES_CITATION}</p>}
          </section>
        </>
      )}
      {claims.length > 0 && <ClaimsList claims={claims} sourceLabels={sourceLabels} {...links} />}
    </>
  );
}
