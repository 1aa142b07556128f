import { getComparison } from "@/lib/corpus";
import { buildCueReport, loadLexicon } from "@/lib/framing";
import { etagOf } from "./responses";

const bodies = new Map<string, { json: string; etag: string }>();

/** The language-cue report of a seed comparison, computed once per process (about a second for the seed). */
export function cueReportBody(slug: string): { json: string; etag: string } | null {
  const cached = bodies.get(slug);
  if (cached) return cached;
  const comparison = getComparison(slug);
  if (!comparison) return null;
  const json = JSON.stringify(buildCueReport(comparison.documents, loadLexicon()));
  const body = { json, etag: etagOf(json) };
  bodies.set(slug, body);
  return body;
}
