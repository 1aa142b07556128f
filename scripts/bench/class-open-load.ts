/**
 * The loads of `bench:class -- --open`: closed-loop throughput against a route, an open model of tags
 * arriving at random moments (sent when due, whatever the latency so far), a teacher polling the
 * dashboard with If-None-Match and fetching new answers after a cursor, and the sizes of those polls.
 */
import { randomBytes } from "node:crypto";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const newClientId = () => randomBytes(12).toString("base64url");

export interface Timed {
  ms: number;
  status: number;
  /** Body bytes as sent (decompressed). */
  bytes: number;
}

export async function timed(url: string, init: RequestInit = {}): Promise<Timed & { body: string }> {
  const started = performance.now();
  const response = await fetchOnce(url, init);
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, bytes: Buffer.byteLength(body), body };
}

export const postJson = (url: string, body: unknown, token?: string) =>
  timed(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

/**
 * A reused keep-alive connection the server has just closed fails at once (ECONNRESET) on a busy
 * machine: a GET is then sent again on a new one. POSTs are retried by postRetrying, same clientId.
 */
async function fetchOnce(url: string, init: RequestInit): Promise<Response> {
  const send = () => fetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  if ((init.method ?? "GET") !== "GET") return send();
  try {
    return await send();
  } catch {
    return send();
  }
}

/**
 * POST JSON, sent again with the same body (so the same clientId) when there is no answer or a 5xx,
 * as the class UI's outbox does; timed from the first attempt, as the student waits.
 */
export async function postRetrying(url: string, body: unknown, token?: string, attempts = 5): Promise<Timed> {
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await postJson(url, body, token);
      if (result.status < 500 || attempt >= attempts) return { ...result, ms: performance.now() - started };
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    await sleep(100 * 2 ** attempt);
  }
}

/** `n` requests, `concurrency` at a time, back to back: requests per second and each one's timing. */
export async function closedLoop(
  n: number,
  concurrency: number,
  send: (i: number) => Promise<Timed>,
): Promise<{ perSecond: number; results: Timed[] }> {
  const results: Timed[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) results.push(await send(i));
    }),
  );
  return { perSecond: n / ((performance.now() - started) / 1000), results };
}

/**
 * Each job fires at its own moment in [0, spanMs), whether or not earlier ones were answered (an open
 * model: a slow server does not slow the arrivals). Resolves when every job was answered.
 */
export async function openModel<T>(
  jobs: readonly T[],
  spanMs: number,
  send: (job: T) => Promise<Timed>,
): Promise<Timed[]> {
  const start = performance.now();
  const at = jobs.map((job) => ({ job, due: Math.random() * spanMs })).sort((a, b) => a.due - b.due);
  const pending: Promise<Timed>[] = [];
  for (const { job, due } of at) {
    const wait = start + due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send(job));
  }
  return Promise.all(pending);
}

export interface Teacher {
  base: string;
  classId: string;
  token: string;
  etag: string;
  cursor: string;
  answers: number;
}

/** One teacher poll: the summary (304 when unchanged), then new answers a page at a time if it changed. */
export async function teacherPoll(t: Teacher): Promise<{ dashboard: Timed; feed: Timed[] }> {
  const auth = { Authorization: `Bearer ${t.token}` };
  const dashboard = await timed(`${t.base}/api/classes/${t.classId}/dashboard`, {
    headers: t.etag ? { ...auth, "If-None-Match": t.etag } : auth,
  });
  const feed: Timed[] = [];
  if (dashboard.status === 200) {
    const parsed = JSON.parse(dashboard.body) as { version: number };
    t.etag = `W/"v${parsed.version}"`;
    for (let more = true; more; ) {
      const query = t.cursor ? `?after=${t.cursor}` : "";
      const page = await timed(`${t.base}/api/classes/${t.classId}/answers${query}`, { headers: auth });
      const body = JSON.parse(page.body) as { answers: unknown[]; next: string; more: boolean };
      t.cursor = body.next;
      t.answers += body.answers.length;
      more = body.more;
      feed.push(page);
    }
  }
  return { dashboard, feed };
}

/** Polls every `everyMs` until `stop()` resolves; every request timed. */
export function pollEvery(t: Teacher, everyMs: number) {
  const dashboards: Timed[] = [];
  const feeds: Timed[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const { dashboard, feed } = await teacherPoll(t);
        dashboards.push(dashboard);
        feeds.push(...feed);
      } catch {
        // No answer within 30 s: counted as a poll that took that long.
        dashboards.push({ ms: performance.now() - started, status: 0, bytes: 0 });
      }
      await sleep(Math.max(0, everyMs - (performance.now() - started)));
    }
  })();
  return {
    dashboards,
    feeds,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}

export function p50(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.5) - 1)] ?? Number.NaN;
}
