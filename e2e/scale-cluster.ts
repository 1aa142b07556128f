/**
 * Support for the scale-out test: a PostgreSQL database of its own, a round-robin HTTP proxy in front
 * of several app instances (as a load balancer would be), and a client that retries through it.
 */
import http from "node:http";
import pg from "pg";

/** A new, empty database on the TEST_DATABASE_URL server, dropped by `drop`. */
export async function scratchDatabase(admin: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parallax_scale_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database "${name}"`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists "${name}" with (force)`) };
}

export interface RoundRobinProxy {
  url: string;
  /** Requests each upstream answered (any status), in upstream order. */
  served: number[];
  close(): Promise<void>;
}

/**
 * Round-robin over `upstreams` (ports on 127.0.0.1), appending the client's address to X-Forwarded-For
 * like nginx's $proxy_add_x_forwarded_for. An upstream that refuses or drops a connection answers 502
 * and is skipped for a second (a passive health check), so clients' retries reach a live one.
 */
export async function startProxy(port: number, upstreams: number[]): Promise<RoundRobinProxy> {
  const served = upstreams.map(() => 0);
  const downUntil = upstreams.map(() => 0);
  let next = 0;
  const pick = (): number => {
    const now = Date.now();
    for (let tried = 0; tried < upstreams.length; tried++) {
      const i = next++ % upstreams.length;
      if ((downUntil[i] ?? 0) <= now) return i;
    }
    return next++ % upstreams.length;
  };
  const server = http.createServer((req, res) => {
    const i = pick();
    const client = (req.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
    const prior = req.headers["x-forwarded-for"];
    const headers = { ...req.headers, "x-forwarded-for": prior ? `${prior}, ${client}` : client };
    const upstream = http.request(
      { host: "127.0.0.1", port: upstreams[i], method: req.method, path: req.url, headers },
      (answer) => {
        served[i] = (served[i] ?? 0) + 1;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        // An upstream killed mid-answer: the client sees a dropped connection, as behind nginx.
        answer.on("aborted", () => res.destroy());
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      downUntil[i] = Date.now() + 1000;
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { "Content-Type": "application/json" }).end('{"error":"Bad gateway."}');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Answer {
  status: number;
  body: unknown;
  attempts: number;
  ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A request as a student's browser would make it through the balancer: a dropped connection, a 502 or
 * a 503 is retried (the same body, so the same clientId) until an instance answers.
 */
export async function send(
  url: string,
  init: { method?: string; token?: string; body?: unknown } = {},
  maxAttempts = 30,
): Promise<Answer> {
  const started = performance.now();
  for (let attempts = 1; ; attempts++) {
    try {
      const response = await fetch(url, {
        method: init.method ?? (init.body === undefined ? "GET" : "POST"),
        headers: {
          "Content-Type": "application/json",
          ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      if ((response.status !== 502 && response.status !== 503) || attempts >= maxAttempts)
        return {
          status: response.status,
          body: text ? JSON.parse(text) : null,
          attempts,
          ms: performance.now() - started,
        };
    } catch (error) {
      if (attempts >= maxAttempts) throw error;
    }
    await sleep(100);
  }
}

/** Median, 95th percentile and maximum of some timings, in whole milliseconds. */
export function spread(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
}
