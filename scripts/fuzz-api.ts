/**
 * `npm run fuzz:api`: 10,000 random and mutated requests against every API route and method; the bar
 * (BRIEF.md, "bad input") is zero 5xx.
 *
 * Serves the production build itself (`next start` on a free port with a fresh PARALLAX_DATA_DIR, so no
 * one's data is touched) unless BASE_URL names a running server. Requests come from fast-check with a
 * printed seed: `--seed N` replays a run, `--seed N --index I` replays one request of it. Each request is
 * a valid one for its route, mutated (fields dropped, duplicated or retyped, huge strings, deep nesting,
 * unicode and NUL bytes, prototype keys), or random JSON, invalid JSON, an empty body, a wrong content
 * type, bogus tokens or a huge Content-Length. Prints status counts per route, the throughput and every
 * 5xx with its request; writes all of it to bench-results/fuzz.json. Exits 1 on any 5xx or dropped
 * connection (a crash looks like one), 2 when it could not run.
 *
 * Flags: --seed N, --index I, --runs N (10,000), --concurrency N (16).
 *
 * The routes, their methods, credentials and example bodies come from the route manifest
 * (lib/api/routes.ts, via scripts/fuzz/routes.ts); the generators are in scripts/fuzz/json-tree.ts,
 * mutations.ts and plans.ts; scripts/fuzz/request.ts makes a plan a request, http.ts sends it and
 * report.ts tallies the answers.
 */
import fc from "fast-check";
import { keepAlive, log, send, setup, withServer } from "./fuzz/http";
import { planArb } from "./fuzz/plans";
import { describe, type Failure, report } from "./fuzz/report";
import { build } from "./fuzz/request";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function intFlag(name: string, fallback: number): number {
  const raw = flag(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`--${name} must be an integer, got ${raw}`);
  return n;
}

const SEED = intFlag("seed", Date.now() % 2 ** 31);
const RUNS = intFlag("runs", 10_000);
const CONCURRENCY = intFlag("concurrency", 16);
const ONLY = flag("index") === undefined ? undefined : intFlag("index", 0);

async function main(): Promise<number> {
  log(
    `seed ${SEED} (replay: npm run fuzz:api -- --seed ${SEED}), ${RUNS} requests, concurrency ${CONCURRENCY}`,
  );
  const plans = fc.sample(planArb, { seed: SEED, numRuns: RUNS });
  const indices = ONLY === undefined ? plans.map((_, i) => i) : [ONLY];

  return withServer(async (base) => {
    const ctx = await setup(base);
    const agent = keepAlive(CONCURRENCY);
    const statuses = new Map<string, number>();
    const perRoute = new Map<string, Map<string, number>>();
    const failures: Failure[] = [];
    const missingHeaders = new Map<string, number>();
    const unknownOk: string[] = [];
    let next = 0;
    let finished = 0;
    const started = performance.now();
    const latencies: number[] = [];

    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= indices.length) return;
        const index = indices[i] ?? 0;
        const plan = plans[index];
        if (!plan) throw new Error(`no request ${index} in this seed's ${RUNS}`);
        const req = build(plan, ctx);
        const out = await send(base, req, agent);
        // A valid rotation replaces the teacher token: keep using the current one.
        const rotated = req.route.endsWith("/teacher-token") && out.status === 200;
        if (rotated) ctx.teacherToken = String(JSON.parse(out.body).teacherToken ?? ctx.teacherToken);
        latencies.push(out.ms);
        const status = String(out.status);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const key = `${req.method} ${req.route}`;
        const row = perRoute.get(key) ?? new Map<string, number>();
        row.set(status, (row.get(status) ?? 0) + 1);
        perRoute.set(key, row);
        if (out.missingHeaders) missingHeaders.set(status, (missingHeaders.get(status) ?? 0) + 1);
        // An unknown API path answering 2xx could be a route reached by traversal or aliasing: listed for a
        // look. (OPTIONS answers 204 everywhere: Next implements it for every route handler.)
        if (
          req.route === "/api/{unknown}" &&
          req.method !== "OPTIONS" &&
          typeof out.status === "number" &&
          out.status < 300
        )
          unknownOk.push(`${req.method} ${req.path.slice(0, 120)} → ${out.status} ${out.body.slice(0, 60)}`);
        if (
          out.status === "timeout" ||
          out.status === "error" ||
          (typeof out.status === "number" && out.status >= 500)
        ) {
          failures.push(describe(index, req, out, SEED));
          log(`${status} ${req.method} ${req.path.slice(0, 120)} (#${index})`);
        }
        if (ONLY !== undefined)
          console.log(JSON.stringify({ request: describe(index, req, out, SEED) }, null, 2));
        if (++finished % 1000 === 0) log(`${finished}/${indices.length}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, indices.length) }, worker));
    const seconds = (performance.now() - started) / 1000;

    agent.destroy();
    return report({
      seed: SEED,
      requests: indices.length,
      concurrency: CONCURRENCY,
      seconds,
      latencies,
      statuses,
      perRoute,
      missingHeaders,
      unknownOk,
      failures,
      write: ONLY === undefined,
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `fuzz:api could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(2);
  },
);
