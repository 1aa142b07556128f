/** Date helpers for the timeline: partial dates ("2016", "2023-10") and what each text could know. */

import type { Milestone, SourceDocument } from "../corpus/schema";
import { formatDate, KIND_LABELS, KIND_NOUNS, MONTH_NAMES } from "../corpus/sides";

export interface DatedEvent {
  date: string;
  qualifier?: "early" | "mid" | "late" | "about";
}

/** "late October 2023", "7 October 2023", "about 2024". */
export function formatEventDate({ date, qualifier }: DatedEvent): string {
  const [y, m, d] = date.split("-");
  const month = m ? MONTH_NAMES[Number(m) - 1] : undefined;
  const text = d ? formatDate(date) : month ? `${month} ${y}` : `${y}`;
  return qualifier ? `${qualifier} ${text}` : text;
}

/** The first and last day an event's date could mean, as ISO dates. */
export function dateBounds(date: string): [string, string] {
  const [y = "0", m, d] = date.split("-");
  if (d) return [date, date];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, "0")}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Whether a text published on `publishedAt` could have known of the event: yes, no, or unclear (same period). */
export function couldKnow(event: DatedEvent, publishedAt: string): "yes" | "no" | "unclear" {
  const [first, last] = dateBounds(event.date);
  if (last < publishedAt) return "yes";
  if (first > publishedAt) return "no";
  return "unclear";
}

/** A position in years (2023.77 for early October 2023), for placing an event on an axis. */
export function yearPosition(date: string): number {
  const [first, last] = dateBounds(date);
  const at = (iso: string) => {
    const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
    return y + (m - 1) / 12 + (d - 1) / 365;
  };
  return (at(first) + at(last)) / 2;
}

export interface TimelineMarker {
  date: string;
  /** For the list: "The news report is written (19 March 2024)". */
  label: string;
  /** For the axis: "News report written", "7 October 2023". */
  short: string;
  kind: "publication" | "milestone";
}

/** The publication date of each top-level text and the comparison's milestones, as axis markers. */
export function timelineMarkers(documents: SourceDocument[], milestones: Milestone[]): TimelineMarker[] {
  return [
    ...documents.flatMap((d) =>
      d.replyTo === null && d.publishedAt !== null
        ? [
            {
              date: d.publishedAt,
              label: `The ${KIND_NOUNS[d.kind]} is written (${formatDate(d.publishedAt)})`,
              short: `${KIND_LABELS[d.kind]} written`,
              kind: "publication" as const,
            },
          ]
        : [],
    ),
    ...milestones.map((m) => ({
      date: m.date,
      label: `${m.label.charAt(0).toUpperCase()}${m.label.slice(1)} (${formatDate(m.date)})`,
      short: formatDate(m.date),
      kind: "milestone" as const,
    })),
  ];
}
