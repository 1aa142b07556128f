import { dateWordsProblem, droppedHedges, misquotes } from "../corpus/editorial-checks";
import type { Claim, TopicCompare } from "../corpus/framing-schema";

/** What the wording checks need of a passage. */
export type PassageLookup = (id: string) => { text: string; topics: string[] } | undefined;

const textsOf = (get: PassageLookup, ids: string[]) => ids.flatMap((id) => get(id)?.text ?? []);

/** Quotations in each field of an entry must be in the entry's own passages. */
function quoteProblems(at: string, fields: Record<string, string>, cited: string[]): string[] {
  return Object.entries(fields).flatMap(([name, text]) =>
    misquotes(text, cited).map((p) => `${at}.${name}: ${p}`),
  );
}

/** Wording checks on compare.json: quotations, and the topic of every passage an entry cites. */
export function compareWordingProblems(compare: Record<string, TopicCompare>, get: PassageLookup): string[] {
  const problems: string[] = [];
  for (const [topic, entry] of Object.entries(compare)) {
    const at = `topics["${topic}"]`;
    entry.bothReport.forEach((f, i) => {
      const ids = Object.values(f.passages).flat();
      problems.push(...quoteProblems(`${at}.bothReport[${i}]`, { fact: f.fact }, textsOf(get, ids)));
    });
    const items = [
      ...entry.onlyIn.map((o, i) => [`onlyIn[${i}]`, o.passages, { text: o.text }] as const),
      ...entry.cited.map((c, i) => [`cited[${i}]`, c.passages, { name: c.name, role: c.role }] as const),
      ...entry.framing.map(
        (f, i) =>
          [
            `framing[${i}]`,
            f.passages,
            {
              voiceNote: f.voiceNote,
              ...Object.fromEntries(f.frames.map((fr, k) => [`frames[${k}].reason`, fr.reason])),
            },
          ] as const,
      ),
    ];
    for (const [name, ids, fields] of items) {
      problems.push(...quoteProblems(`${at}.${name}`, fields, textsOf(get, ids)));
      ids.forEach((id, k) => {
        const p = get(id);
        if (p && !p.topics.includes(topic))
          problems.push(`${at}.${name}.passages[${k}]: "${id}" is not tagged "${topic}"`);
      });
    }
  }
  return problems;
}

interface EventInput {
  label: string;
  date: string;
  datedBy: "text" | "editors";
  dateWords?: string | undefined;
  topics: string[];
  passages: string[];
}

/** Wording checks on timeline.json: quotations, topics its passages carry, and who dated it. */
export function timelineWordingProblems(events: EventInput[], get: PassageLookup): string[] {
  return events.flatMap((e, i) => {
    const at = `events[${i}]`;
    const texts = textsOf(get, e.passages);
    const problems = quoteProblems(at, { label: e.label }, texts);
    e.topics.forEach((t, k) => {
      if (!e.passages.some((id) => get(id)?.topics.includes(t)))
        problems.push(`${at}.topics[${k}]: none of the event's passages is tagged "${t}"`);
    });
    if (e.dateWords !== undefined && !texts.some((t) => t.includes(e.dateWords as string)))
      problems.push(`${at}.dateWords: “${e.dateWords}” is not in the event's passages`);
    else if (e.datedBy === "text") {
      const problem = e.dateWords
        ? dateWordsProblem(e.dateWords, e.date)
        : `the passages' words that give the date are missing: quote them in "dateWords", or mark the event "datedBy": "editors"`;
      if (problem) problems.push(`${at}.dateWords: ${problem}`);
    }
    return problems;
  });
}

/** Wording checks on claims.json: quotations, the claim's topic on its passages, and kept hedges. */
export function claimWordingProblems(claims: Claim[], get: PassageLookup): string[] {
  return claims.flatMap((c, i) => {
    const at = `claims[${i}]`;
    const texts = textsOf(get, c.passages);
    const problems = quoteProblems(at, { claim: c.claim, ...c.prompts }, texts);
    c.passages.forEach((id, k) => {
      if (get(id) && !get(id)?.topics.includes(c.topic))
        problems.push(`${at}.passages[${k}]: "${id}" is not tagged "${c.topic}"`);
    });
    const dropped = droppedHedges(c.claim, texts);
    for (const word of dropped)
      if (!c.hedgeNotes?.[word])
        problems.push(
          `${at}.claim: drops “${word}”, which its passages use (keep it, or explain in hedgeNotes.${word})`,
        );
    for (const word of Object.keys(c.hedgeNotes ?? {}))
      if (!dropped.includes(word as (typeof dropped)[number]))
        problems.push(`${at}.hedgeNotes.${word}: the claim keeps “${word}” or its passages do not use it`);
    return problems;
  });
}
