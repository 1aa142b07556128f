import "server-only";
import { findComparison, isSeed } from "@/lib/catalog";
import { runTask } from "@/lib/compute";
import { getDb, importStatus } from "@/lib/db";
import { etagOf } from "./responses";

const bodies = new Map<string, { json: string; etag: string }>();
/** A comparison's texts never change once saved, so its report can be kept; the oldest go first. */
const MAX_CACHED = 64;

/** The language-cue report of a comparison, computed once per process (about a second for the seed). */
export async function cueReportBody(slug: string): Promise<{ json: string; etag: string } | null> {
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

/** After a delete on this instance (others find out at their next request for it). */
export function forgetCueReport(slug: string): void {
  bodies.delete(slug);
}
