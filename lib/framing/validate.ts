import type { z } from "zod";
import { sourceOf } from "../corpus/annotations";
import {
  claimsFileSchema,
  compareFileSchema,
  type Framing,
  type TimelineEvent,
  timelineFileSchema,
} from "../corpus/framing-schema";
import type { SourceDocument, Topic } from "../corpus/schema";
import { yearPosition } from "./timeline";
import {
  claimWordingProblems,
  compareWordingProblems,
  type PassageLookup,
  timelineWordingProblems,
} from "./validate-editorial";

export class FramingError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file}: invalid framing data\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "FramingError";
  }
}

interface Context {
  documents: SourceDocument[];
  topics: Topic[];
}

function parse<T>(schema: z.ZodType<T>, file: string, json: unknown): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const at = (path: PropertyKey[]) =>
    path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "") || "(root)";
  throw new FramingError(
    file,
    parsed.error.issues.map((i) => `${at(i.path)}: ${i.message}`),
  );
}

/** Where each passage lives: its side (top-level document id), its summary source, its topics. */
function passageIndex(documents: SourceDocument[]) {
  return new Map(
    documents.flatMap((d) =>
      d.passages.map(
        (p) =>
          [p.id, { side: d.replyTo ?? d.id, source: sourceOf(d), topics: p.topics, text: p.text }] as const,
      ),
    ),
  );
}

/** Topics that every side (top-level document with its comments) has at least one passage on. */
export function topicsEverySideCovers({ documents, topics }: Context): string[] {
  const index = passageIndex(documents);
  const sides = new Set(documents.filter((d) => d.replyTo === null).map((d) => d.id));
  return topics
    .map((t) => t.id)
    .filter(
      (t) =>
        sides.size > 1 &&
        [...sides].every((s) => [...index.values()].some((p) => p.side === s && p.topics.includes(t))),
    );
}

/**
 * Validates the three framing files against the comparison and returns them ready for the reader.
 * Every problem is reported at once, naming the file and the entry.
 */
export function applyFraming(
  files: { compare: [string, unknown]; timeline: [string, unknown]; claims: [string, unknown] },
  ctx: Context,
): Framing {
  const index = passageIndex(ctx.documents);
  const get: PassageLookup = (id) => index.get(id);
  const topicIds = new Set(ctx.topics.map((t) => t.id));
  const sideIds = new Set(ctx.documents.filter((d) => d.replyTo === null).map((d) => d.id));
  const sources = new Set(ctx.documents.map(sourceOf));
  const shared = topicsEverySideCovers(ctx);

  const checkRefs = (
    problems: string[],
    at: string,
    refs: string[],
    want: { source?: string; side?: string; topic?: string },
  ) => {
    refs.forEach((id, k) => {
      const p = index.get(id);
      if (!p) problems.push(`${at}[${k}]: unknown passage id "${id}"`);
      else if (want.source && p.source !== want.source)
        problems.push(`${at}[${k}]: "${id}" is not in source "${want.source}"`);
      else if (want.side && p.side !== want.side)
        problems.push(`${at}[${k}]: "${id}" is not on side "${want.side}"`);
      else if (want.topic && !p.topics.includes(want.topic))
        problems.push(`${at}[${k}]: "${id}" is not tagged "${want.topic}"`);
    });
  };
  const checkSource = (problems: string[], at: string, source: string) => {
    if (!sources.has(source))
      problems.push(`${at}.source: unknown source "${source}" (use ${[...sources].join(", ")})`);
  };

  const [compareFile, compareJson] = files.compare;
  const compare = parse(compareFileSchema, compareFile, compareJson).topics;
  const cp: string[] = [];
  for (const [topic, entry] of Object.entries(compare)) {
    const at = `topics["${topic}"]`;
    if (!topicIds.has(topic)) cp.push(`${at}: unknown topic id`);
    entry.bothReport.forEach((f, i) => {
      const sidesCited = Object.keys(f.passages);
      if (sidesCited.length < 2)
        cp.push(`${at}.bothReport[${i}]: a shared fact must cite passages on at least two sides`);
      for (const side of sidesCited) {
        if (!sideIds.has(side)) cp.push(`${at}.bothReport[${i}].passages["${side}"]: unknown side`);
        else
          checkRefs(cp, `${at}.bothReport[${i}].passages["${side}"]`, f.passages[side] ?? [], {
            side,
            topic,
          });
      }
    });
    for (const [name, items] of [
      ["onlyIn", entry.onlyIn],
      ["cited", entry.cited],
      ["framing", entry.framing],
    ] as const) {
      items.forEach((item, i) => {
        checkSource(cp, `${at}.${name}[${i}]`, item.source);
        checkRefs(cp, `${at}.${name}[${i}].passages`, item.passages, { source: item.source });
      });
    }
  }
  for (const topic of shared)
    if (!compare[topic]) cp.push(`topics["${topic}"]: missing (both sides cover this topic)`);
  cp.push(...compareWordingProblems(compare, get));
  if (cp.length > 0) throw new FramingError(compareFile, cp);

  const [timelineFile, timelineJson] = files.timeline;
  const events = parse(timelineFileSchema, timelineFile, timelineJson).events;
  const tp: string[] = [];
  const eventIds = new Set<string>();
  events.forEach((e, i) => {
    const at = `events[${i}]`;
    if (eventIds.has(e.id)) tp.push(`${at}.id: duplicate event id "${e.id}"`);
    eventIds.add(e.id);
    e.topics.forEach((t, k) => {
      if (!topicIds.has(t)) tp.push(`${at}.topics[${k}]: unknown topic id "${t}"`);
    });
    checkRefs(tp, `${at}.passages`, e.passages, {});
    if (
      Number.isNaN(
        Date.parse(e.date.length === 4 ? `${e.date}-01-01` : e.date.length === 7 ? `${e.date}-01` : e.date),
      )
    ) {
      tp.push(`${at}.date: not a calendar date "${e.date}"`);
    }
  });
  tp.push(...timelineWordingProblems(events, get));
  if (tp.length > 0) throw new FramingError(timelineFile, tp);

  const [claimsFile, claimsJson] = files.claims;
  const claims = parse(claimsFileSchema, claimsFile, claimsJson).claims;
  const clp: string[] = [];
  const perTopic = new Map<string, number>();
  claims.forEach((c, i) => {
    const at = `claims[${i}]`;
    if (!topicIds.has(c.topic)) clp.push(`${at}.topic: unknown topic id "${c.topic}"`);
    checkSource(clp, at, c.source);
    checkRefs(clp, `${at}.passages`, c.passages, { source: c.source });
    perTopic.set(c.topic, (perTopic.get(c.topic) ?? 0) + 1);
  });
  for (const [topic, n] of perTopic)
    if (n > 3) clp.push(`claims: ${n} claims on "${topic}" (at most 3 per topic)`);
  for (const topic of shared)
    if (!perTopic.has(topic)) clp.push(`claims: none on "${topic}" (both sides cover it)`);
  clp.push(...claimWordingProblems(claims, get));
  if (clp.length > 0) throw new FramingError(claimsFile, clp);

  const precision = (date: string): TimelineEvent["precision"] =>
    date.length === 10 ? "day" : date.length === 7 ? "month" : "year";
  return {
    compare,
    // Chronological by the middle of each date's range: "late October 2023" after "7 October 2023".
    timeline: events
      .map((e) => ({ ...e, precision: precision(e.date) }))
      .sort((a, b) => yearPosition(a.date) - yearPosition(b.date)),
    claims,
  };
}
