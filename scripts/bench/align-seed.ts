/**
 * The aligner against the seed's editorial work: per-topic precision/recall/F1 against the passage tags,
 * and counterpart links against the compare panels' shared facts. The aligner sees the texts only:
 * topics go in as label + keywords cut from each topic's description, never the passages' tags.
 */
import { type AlignOptions, alignDocuments, DEFAULT_ALIGN_OPTIONS } from "../../lib/align/index";
import { getComparison } from "../../lib/catalog/seeds";
import type { Comparison, Passage } from "../../lib/corpus/index";

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  predicted: number;
  gold: number;
}

export function prf(predicted: Set<string>, gold: Set<string>): Prf {
  const hit = [...predicted].filter((x) => gold.has(x)).length;
  const precision = predicted.size ? hit / predicted.size : gold.size ? 0 : 1;
  const recall = gold.size ? hit / gold.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, predicted: predicted.size, gold: gold.size };
}

/** The seed passages back as the plain text + Markdown block markers an importer would send. */
function toText(passages: Passage[]): string {
  const block = (p: Passage) =>
    p.type === "heading"
      ? `## ${p.text}`
      : p.type === "list-item"
        ? `- ${p.text}`
        : p.type === "quote"
          ? `> ${p.text}`
          : p.type === "caption"
            ? `<figcaption>${p.text}</figcaption>`
            : p.text;
  return passages.map(block).join("\n\n");
}

/** Description → keyword phrases: cut at commas, colons, semicolons, brackets and "and". */
export const keywordsOf = (description: string) =>
  description
    .split(/[,:;()]|\.(?:\s|$)|\band\b/)
    .map((k) => k.trim())
    .filter(Boolean);

/**
 * How a teacher might phrase a topic: its label alone; the label with keyword phrases cut from the
 * description; the label with the description's words one by one; the label with the description as
 * one sentence.
 */
export type Phrasing = "label" | "label+phrases" | "label+words" | "label+sentence";
export const PHRASINGS: Phrasing[] = ["label", "label+phrases", "label+words", "label+sentence"];

const STOP = new Set(
  "a an the and or of in on at to for with by from as its their his her our is are was were be been how there them about".split(
    " ",
  ),
);

export function phrase(t: { id: string; label: string; description: string }, how: Phrasing) {
  const words = [
    ...new Set(
      t.description
        .split(/[\s,:;().–-]+/)
        .map((w) => w.replace(/['’]s$/, ""))
        .filter((w) => w.length > 1 && !STOP.has(w.toLowerCase())),
    ),
  ];
  const keywords =
    how === "label"
      ? undefined
      : how === "label+phrases"
        ? keywordsOf(t.description)
        : how === "label+words"
          ? words
          : [t.description];
  return { id: t.id, label: t.label, ...(keywords ? { keywords } : {}) };
}

/** "news" alone; "opinion" alone; the nine comments in thread order, one text. */
export type Layout = "news|opinion|comments" | "news|opinion+comments";

export function evaluateSeed(
  layout: Layout,
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  phrasing: Phrasing = "label+phrases",
) {
  const c = getComparison("israel-russia") as Comparison;
  const kind = (k: string) => c.documents.filter((d) => d.kind === k).flatMap((d) => d.passages);
  const groups =
    layout === "news|opinion|comments"
      ? [kind("news"), kind("opinion"), kind("comment")]
      : [kind("news"), [...kind("opinion"), ...kind("comment")]];
  const result = alignDocuments(
    {
      documents: groups.map((g) => ({ text: toText(g) })),
      topics: c.topics.map((t) => phrase(t, phrasing)),
    },
    options,
  );
  // Same order, same text: aligner passage i of document d is seed passage i of group d.
  const seedId = new Map<string, string>();
  const mismatches: string[] = [];
  result.documents.forEach((d, k) => {
    const g = groups[k] ?? [];
    if (d.passages.length !== g.length)
      mismatches.push(`document ${k + 1}: ${d.passages.length} ≠ ${g.length}`);
    d.passages.forEach((p, i) => {
      const s = g[i];
      if (s && s.text.replace(/\s+/g, " ").trim() === p.text) seedId.set(p.id, s.id);
      else mismatches.push(`${p.id}: "${p.text.slice(0, 40)}" ≠ "${s?.text.slice(0, 40)}"`);
    });
  });
  const all = groups.flat();
  const topics = c.topics.map((t) => {
    const gold = new Set(all.filter((p) => p.topics.includes(t.id)).map((p) => p.id));
    const predicted = new Set(
      result.documents.flatMap((d) =>
        d.passages.filter((p) => p.topics.includes(t.id)).map((p) => seedId.get(p.id) ?? p.id),
      ),
    );
    return { id: t.id, ...prf(predicted, gold) };
  });
  // A news ↔ opinion-side link is right when a shared fact of the compare panels cites both passages.
  const goldPairs = new Set(
    Object.values(c.framing?.compare ?? {}).flatMap((t) =>
      t.bothReport.flatMap((f) =>
        (f.passages.news ?? []).flatMap((n) => (f.passages.opinion ?? []).map((o) => `${n}|${o}`)),
      ),
    ),
  );
  const newsIds = new Set(kind("news").map((p) => p.id));
  const predictedPairs = new Set(
    result.links
      .map((l) => [seedId.get(l.source) ?? "", seedId.get(l.target) ?? ""])
      .filter(([s, t]) => newsIds.has(s ?? "") && !newsIds.has(t ?? ""))
      .map(([s, t]) => `${s}|${t}`),
  );
  return {
    layout,
    mismatches,
    topics,
    links: prf(predictedPairs, goldPairs),
    linkCount: result.links.length,
    result,
  };
}
