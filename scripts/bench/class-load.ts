/**
 * Simulated students for `bench:class`: join, then tag passages, retrying a request that got no answer
 * (connection refused or reset, timeout) or a 5xx with the same clientId and exponential backoff, as
 * the class UI's outbox does. Every attempt that got an HTTP answer is timed.
 */
import { randomBytes, randomInt } from "node:crypto";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Stats {
  /** Milliseconds of every attempt that got an HTTP answer. */
  latencies: number[];
  /** Attempts that got no answer or a 5xx. */
  failedAttempts: number;
  retried: number;
  /** Requests given up (4xx other than 429, or out of retries). */
  givenUp: { status: number; body: string }[];
}

export const newStats = (): Stats => ({ latencies: [], failedAttempts: 0, retried: 0, givenUp: [] });

export interface Answer {
  status: number;
  body: unknown;
}

/** POST JSON until it is answered with a non-5xx status (or the deadline), timing each attempt. */
export async function send(
  url: string,
  body: unknown,
  headers: Record<string, string>,
  stats: Stats,
  { retry = true, deadlineMs = 120_000 } = {},
): Promise<Answer | null> {
  const deadline = Date.now() + deadlineMs;
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      stats.latencies.push(performance.now() - started);
      if (response.status < 500) {
        if (response.status >= 400) stats.givenUp.push({ status: response.status, body: text.slice(0, 200) });
        return { status: response.status, body: text ? JSON.parse(text) : null };
      }
    } catch {
      // No answer: the server is down or restarting. Whether the write landed is unknown: retry.
    }
    stats.failedAttempts++;
    if (!retry || Date.now() > deadline) {
      stats.givenUp.push({ status: 0, body: "no answer" });
      return null;
    }
    stats.retried++;
    // 50 ms, 100 ms, … capped at 2 s, with jitter so 300 clients do not return in lockstep.
    await sleep(Math.min(2000, 50 * 2 ** attempt) * (0.5 + Math.random()));
  }
}

export interface Student {
  studentId: string;
  token: string;
}

export interface Ack {
  studentId: string;
  passageId: string;
  label: string;
  clientId: string;
  status: number;
  /** "replayed": the write had landed but its answer was lost (e.g. the server died first). */
  result: string;
}

/** `count` distinct passages, at random. */
function pick<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = 0; i < count; i++) {
    const j = i + randomInt(pool.length - i);
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, count);
}

/** One student's tags, one after another (a student taps one passage, then the next). */
export async function tagPassages(
  baseUrl: string,
  classId: string,
  student: Student,
  passages: readonly string[],
  labels: readonly string[],
  perStudent: number,
  stats: Stats,
  onAck: (ack: Ack) => void,
  /** Most milliseconds a student waits before each tag (reading time); 0 sends back to back. */
  thinkMs = 0,
): Promise<void> {
  for (const passageId of pick(passages, perStudent)) {
    if (thinkMs > 0) await sleep(Math.random() * thinkMs);
    const label = labels[randomInt(labels.length)] ?? "fact";
    const clientId = randomBytes(12).toString("base64url");
    const answer = await send(
      `${baseUrl}/api/classes/${classId}/responses`,
      { passageId, label, clientId },
      { Authorization: `Bearer ${student.token}` },
      stats,
    );
    if (answer && (answer.status === 200 || answer.status === 201)) {
      const { result = "" } = (answer.body ?? {}) as { result?: string };
      onAck({ studentId: student.studentId, passageId, label, clientId, status: answer.status, result });
    }
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function summarize(latencies: readonly number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
