import "server-only";
import { findComparison, isSeed } from "@/lib/catalog";
import { runTask } from "@/lib/compute";
import { getDb, importStatus } from "@/lib/db";
import type { CueReport } from "@/lib/framing/cue-report";
import { compactCues } from "@/lib/reader/cue-marks";
import { etagOf } from "./responses";

interface Body {
  json: string;
  etag: string;
  /** The compact form the reader paints from (lib/reader/cue-marks.ts), made on first request. */
  marks?: { json: string; etag: string };
}
const bodies = new Map<string, Body>();
/** A comparison's texts never change once saved, so its report can be kept; the oldest go first. */
const MAX_CACHED = 64;

/** The language-cue report of a comparison, computed once per process (about a second for the seed). */
export async function cueReportBody(slug: string): Promise<Body | null> {
  const cached = bodies.get(slug);
  // Another server instance may have deleted the import: its report is served only while it exists.
  if (cached && (isSeed(slug) || (await importStatus(await getDb(), slug)))) return cached;
  if (cached) {
    bodies.delete(slug);
    return null;
  }
  const comparison = await findComparison(slug);
  if (!comparison) return null;
  const json = JSON.stringify(await runTask("cues", comparison.documents));
  const body = { json, etag: etagOf(json) };
  if (bodies.size >= MAX_CACHED) bodies.delete(bodies.keys().next().value ?? "");
  bodies.set(slug, body);
  return body;
}

/** The cue marks the reader's browser paints: `GET /api/comparisons/{slug}/cues?format=marks`. */
export async function cueMarksBody(slug: string): Promise<{ json: string; etag: string } | null> {
  const body = await cueReportBody(slug);
  if (!body) return null;
  if (!body.marks) {
    const json = JSON.stringify(compactCues(JSON.parse(body.json) as CueReport));
    body.marks = { json, etag: etagOf(json) };
  }
  return body.marks;
}

/** After a delete on this instance (others find out at their next request for it). */
export function forgetCueReport(slug: string): void {
  bodies.delete(slug);
}
