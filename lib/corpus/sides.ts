/** Sides, kinds and dates of a comparison's texts, as the reader shows them. */
import { plural } from "../ui/plural";
import type { Comparison, Milestone, SourceDocument } from "./schema";

/** Who a per-topic summary speaks for: a top-level document id, or the reader comments as a group. */
export const COMMENTS_SOURCE = "comments";

/** One column of the reader: a top-level document with the comments that answer it. */
export interface Side {
  id: string;
  main: SourceDocument;
  replies: SourceDocument[];
}

export function sidesOf(comparison: Pick<Comparison, "documents">): Side[] {
  const tops = comparison.documents.filter((d) => d.replyTo === null);
  return tops.map((main) => ({
    id: main.id,
    main,
    replies: comparison.documents
      .filter((d) => d.replyTo === main.id)
      .sort((a, b) => (a.number ?? 0) - (b.number ?? 0)),
  }));
}

export const KIND_LABELS = {
  news: "News report",
  opinion: "Opinion",
  comment: "Reader comment",
  other: "Other text",
} as const;

/** How the reader names a document in running text: "the opinion piece". */
export const KIND_NOUNS = {
  news: "news report",
  opinion: "opinion piece",
  comment: "reader comment",
  other: "text",
} as const;

/** "2 years and 11 months": how far apart two ISO dates are, in whole months. */
export function describeGap(a: string, b: string): string {
  const [fromIso, toIso] = a <= b ? [a, b] : [b, a];
  const [fy = 0, fm = 0, fd = 0] = fromIso.split("-").map(Number);
  const [ty = 0, tm = 0, td = 0] = toIso.split("-").map(Number);
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts = [years > 0 ? plural(years, "year") : "", rest > 0 ? plural(rest, "month") : ""].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(" and ") : "less than a month";
}

/** English month names, January first: for dates written out the way readers write them. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * "19 March 2024" from an ISO date. Written out rather than `toLocaleDateString`, whose first call loads
 * the browser's locale data: a long task on a slow phone, for six dates, and no time-zone drift either.
 */
export function formatDate(iso: string): string {
  const [y = 0, m = 1, d = 1] = iso.split("-").map(Number);
  return `${d} ${MONTH_NAMES[m - 1] ?? ""} ${y}`;
}

/**
 * "Written 2 years and 11 months before the news report, and before the 7 October 2023 Hamas attack
 * on Israel.": what a text could know when it was written, relative to the others and to milestones.
 */
export function describeTiming(
  doc: SourceDocument,
  others: SourceDocument[],
  milestones: Milestone[],
  nounOf: (other: SourceDocument) => string = (other) => KIND_NOUNS[other.kind],
): string | null {
  const own = doc.publishedAt;
  if (!own) return null;
  const parts = others.flatMap((other) => {
    const at = other.publishedAt;
    if (!at || at === own) return [];
    const what = `the ${nounOf(other)}`;
    return [`${describeGap(own, at)} ${own < at ? "before" : "after"} ${what}`];
  });
  const marks = milestones.map((m) => `${own < m.date ? "before" : "after"} ${m.label}`);
  const all = [...parts, ...marks];
  return all.length > 0 ? `Written ${all.join(", and ")}.` : null;
}

/** "2024", "April 2024" or "19 March 2024": a date only as precise as it was given. */
export function formatPartialDate(iso: string): string {
  const [y = "", m] = iso.split("-");
  if (iso.length === 10) return formatDate(iso);
  return m ? `${MONTH_NAMES[Number(m) - 1] ?? ""} ${y}` : y;
}

/** Whether a YYYY, YYYY-MM or YYYY-MM-DD date falls wholly before or after a day. */
function relation(partial: string, day: string): "before" | "after" | null {
  const start = partial.length === 4 ? `${partial}-01-01` : partial.length === 7 ? `${partial}-01` : partial;
  const end = partial.length === 4 ? `${partial}-12-31` : partial.length === 7 ? `${partial}-31` : partial;
  return end < day ? "before" : start > day ? "after" : null;
}

/**
 * "The reader comments run from 2021 to April 2024: comment 1 dates itself April 2024, after the news
 * report, and after the 7 October 2023 Hamas attack on Israel.": comments have no date line, so without
 * this a reader may take them all for the post's date. Null when no comment dates itself.
 */
export function describeCommentDates(
  post: SourceDocument,
  replies: SourceDocument[],
  others: SourceDocument[],
  milestones: Milestone[],
  nounOf: (other: SourceDocument) => string = (other) => KIND_NOUNS[other.kind],
): string | null {
  const dated = replies
    .filter((r) => r.ownDate)
    .sort((a, b) => (a.ownDate?.date ?? "").localeCompare(b.ownDate?.date ?? ""));
  const latest = dated.at(-1);
  if (!latest?.ownDate || !post.publishedAt) return null;
  const when = latest.ownDate.date;
  const marks = [
    ...others.flatMap((o) => {
      const r = o.publishedAt ? relation(when, o.publishedAt) : null;
      return r ? [`${r} the ${nounOf(o)}`] : [];
    }),
    ...milestones.flatMap((m) => {
      const r = relation(when, m.date);
      return r ? [`${r} ${m.label}`] : [];
    }),
  ];
  const from = post.publishedAt.slice(0, 4);
  const to = formatPartialDate(when);
  return `The reader comments run from ${from} to ${to}: comment ${latest.number} dates itself ${to}${marks.length > 0 ? `, ${marks.join(", and ")}` : ""}.`;
}
