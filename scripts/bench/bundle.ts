/**
 * First-load JavaScript of a route, gzipped: what a phone downloads before the reader is interactive.
 * `next build` (16) no longer prints it; it lists each route's first-load chunks in
 * `.next/diagnostics/route-bundle-stats.json`. Each chunk is gzipped at level 9 (as a CDN would) and summed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface BundleStats {
  route: string;
  chunks: { path: string; bytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
}

interface RouteEntry {
  route: string;
  firstLoadChunkPaths: string[];
}

function isRouteEntry(value: unknown): value is RouteEntry {
  if (typeof value !== "object" || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.route === "string" &&
    Array.isArray(entry.firstLoadChunkPaths) &&
    entry.firstLoadChunkPaths.every((p) => typeof p === "string")
  );
}

export function firstLoadJs(route: string, root = process.cwd()): BundleStats {
  const file = join(root, ".next/diagnostics/route-bundle-stats.json");
  const stats: unknown = JSON.parse(readFileSync(file, "utf8"));
  const entry = Array.isArray(stats) ? stats.filter(isRouteEntry).find((e) => e.route === route) : undefined;
  if (!entry) throw new Error(`${file}: no entry for route ${route}`);
  const chunks = entry.firstLoadChunkPaths.map((path) => {
    const content = readFileSync(join(root, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { route, chunks, totalGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0) };
}
