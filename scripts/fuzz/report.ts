/** The fuzzer's findings: status counts per route, latencies, failures; printed and written to OUT. */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Outcome } from "./http";
import { log } from "./http";
import type { BodyKind } from "./plans";
import type { Built } from "./request";
import type { Method } from "./routes";

const OUT = "bench-results/fuzz.json";

export interface Failure {
  index: number;
  status: Outcome["status"];
  route: string;
  method: Method;
  path: string;
  headers: Record<string, string>;
  bodyKind: BodyKind;
  bodyBytes: number;
  bodySha256: string | null;
  bodyPreview: string | null;
  response: string;
  error?: string;
  replay: string;
}

export function describe(index: number, req: Built, out: Outcome, seed: number): Failure {
  const preview = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…(${s.length} chars)` : s);
  return {
    index,
    status: out.status,
    route: req.route,
    method: req.method,
    path: preview(req.path),
    headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, preview(v)])),
    bodyKind: req.bodyKind,
    bodyBytes: req.body?.length ?? 0,
    bodySha256: req.body ? createHash("sha256").update(req.body).digest("hex") : null,
    bodyPreview: req.body ? preview(req.body.toString("utf8", 0, 2000)) : null,
    response: out.body,
    ...(out.error ? { error: out.error } : {}),
    replay: `npm run fuzz:api -- --seed ${seed} --index ${index}`,
  };
}

/** What a run tallied, request by request. */
export interface Tally {
  seed: number;
  requests: number;
  concurrency: number;
  seconds: number;
  latencies: number[];
  statuses: Map<string, number>;
  perRoute: Map<string, Map<string, number>>;
  missingHeaders: Map<string, number>;
  unknownOk: string[];
  failures: Failure[];
  /** Replaying one request: printed, not written. */
  write: boolean;
}

/** Prints the summary and every failure, writes OUT (unless replaying); 1 when anything failed. */
export function report(tally: Tally): number {
  const { seed: SEED, latencies, statuses, perRoute, missingHeaders, unknownOk, failures, seconds } = tally;
  latencies.sort((x, y) => x - y);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  const sortedStatuses = Object.fromEntries([...statuses].sort(([a], [b]) => a.localeCompare(b)));
  const routes = Object.fromEntries(
    [...perRoute]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, m]) => [k, Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)))]),
  );
  const result = {
    date: new Date().toISOString(),
    seed: SEED,
    requests: tally.requests,
    concurrency: tally.concurrency,
    seconds: Number(seconds.toFixed(1)),
    perSecond: Number((tally.requests / seconds).toFixed(1)),
    latencyMs: {
      p50: Number(pct(0.5).toFixed(1)),
      p99: Number(pct(0.99).toFixed(1)),
      max: Number(pct(1).toFixed(1)),
    },
    statuses: sortedStatuses,
    /** By status: Node's own 431 and Next's trailing-slash 308 are answered before any app code runs. */
    missingSecurityHeaders: Object.fromEntries(missingHeaders),
    unknownPathsAnswered2xx: unknownOk,
    routes,
    failures,
  };

  console.log(
    `\nseed ${SEED}: ${tally.requests} requests in ${result.seconds} s (${result.perSecond}/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms)`,
  );
  console.log(
    `statuses: ${Object.entries(sortedStatuses)
      .map(([s, n]) => `${s}×${n}`)
      .join("  ")}`,
  );
  console.log(
    `responses without the security headers, by status: ${JSON.stringify(Object.fromEntries(missingHeaders))}`,
  );
  for (const line of unknownOk) console.log(`unknown path answered 2xx: ${line}`);
  const width = Math.max(...Object.keys(routes).map((k) => k.length));
  for (const [k, m] of Object.entries(routes))
    console.log(
      `  ${k.padEnd(width)}  ${Object.entries(m)
        .map(([s, n]) => `${s}×${n}`)
        .join("  ")}`,
    );
  if (failures.length > 0) {
    console.log(`\n${failures.length} failures (5xx, timeouts, dropped connections):`);
    for (const f of failures)
      console.log(
        `  #${f.index} ${f.status} ${f.method} ${f.path} [${f.bodyKind}, ${f.bodyBytes} B] → ${f.response.slice(0, 200)}`,
      );
  } else console.log("\nno 5xx");
  if (tally.write) {
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
    log(`written to ${OUT}`);
  }
  return failures.length > 0 ? 1 : 0;
}
