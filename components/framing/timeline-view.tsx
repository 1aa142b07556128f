import type { CSSProperties } from "react";
import type { TimelineEvent } from "@/lib/corpus/framing-schema";
import type { Milestone, SourceDocument } from "@/lib/corpus/schema";
import { KIND_NOUNS } from "@/lib/corpus/sides";
import { couldKnow, formatEventDate, timelineMarkers, yearPosition } from "@/lib/framing/timeline";
import { type TopicStyle, topicColor } from "../reader/topic-chip";
import { type PassageLinkProps, PassageLinks } from "./passage-links";
import { TimelineAxis } from "./timeline-axis";

export interface TimelineProps extends PassageLinkProps {
  events: TimelineEvent[];
  /** The top-level documents, whose publication dates go on the same axis. */
  documents: SourceDocument[];
  milestones: Milestone[];
  styles: ReadonlyMap<string, TopicStyle>;
}

/** The dated events the texts mention, on one axis with when each text was written: what could each know? */
export function TimelineView({ events, documents, milestones, styles, ...links }: TimelineProps) {
  // The topic filter hides events on none of its topics (filter-css.ts); events without topics always show.
  const dated = documents.filter(
    (d): d is SourceDocument & { publishedAt: string } => d.publishedAt !== null,
  );
  const markers = timelineMarkers(documents, milestones);
  const items = [
    ...events.map((e) => ({ at: yearPosition(e.date), key: e.id, event: e })),
    ...markers.map((m) => ({
      at: yearPosition(m.date) - 0.0001,
      key: `marker-${m.date}-${m.kind}`,
      marker: m,
    })),
  ].sort((a, b) => a.at - b.at);

  return (
    <section aria-labelledby="timeline-title" className="space-y-6">
      <header className="space-y-1">
        <h2 id="timeline-title" className="font-serif text-2xl font-bold">
          Timeline: what each text could know
        </h2>
        <p className="text-muted">
          The dated events the texts mention, with the date each text was written. Dates are as precise as the
          texts allow.
        </p>
      </header>
      <TimelineAxis events={events} markers={markers} styles={styles} />
      <ol className="space-y-3">
        {items.map((item) =>
          "marker" in item && item.marker ? (
            <li
              key={item.key}
              className={`rounded-md border-2 px-3 py-2 font-sans text-sm font-semibold ${item.marker.kind === "publication" ? "border-accent" : "border-dashed border-muted"}`}
            >
              {item.marker.label}
            </li>
          ) : "event" in item && item.event ? (
            <li
              key={item.key}
              data-event-topics={item.event.topics.join(" ") || undefined}
              className="grid gap-1 border-l-4 border-[color:var(--edge)] pl-3 sm:grid-cols-[11rem_1fr]"
              style={{ "--edge": eventColor(item.event, styles) } as CSSProperties}
            >
              <p className="font-sans text-sm font-semibold tabular-nums">
                <time dateTime={item.event.date}>{formatEventDate(item.event)}</time>
              </p>
              <div className="space-y-1">
                <p>
                  {item.event.label}
                  {item.event.datedBy === "editors" && (
                    <span className="ml-1 font-sans text-xs text-muted">
                      (date from the record, not given in the texts)
                    </span>
                  )}
                </p>
                <p className="font-sans text-xs text-muted">
                  {item.event.topics
                    .map((t) => styles.get(t)?.label)
                    .filter(Boolean)
                    .join(" · ")}
                  {item.event.topics.length > 0 ? " · " : ""}mentioned in
                  <PassageLinks ids={item.event.passages} {...links} />
                </p>
                <p className="font-sans text-xs text-muted">
                  {dated
                    .map(
                      (d) =>
                        `${knowLabel(couldKnow(item.event as TimelineEvent, d.publishedAt))} the ${KIND_NOUNS[d.kind]}`,
                    )
                    .join("; ")}
                </p>
              </div>
            </li>
          ) : null,
        )}
      </ol>
    </section>
  );
}

function knowLabel(k: "yes" | "no" | "unclear"): string {
  return k === "yes" ? "Before" : k === "no" ? "After" : "Around the time of";
}

function eventColor(e: TimelineEvent, styles: ReadonlyMap<string, TopicStyle>): string {
  const first = e.topics.map((t) => styles.get(t)).find(Boolean);
  return first ? topicColor(first.index) : "var(--border)";
}
