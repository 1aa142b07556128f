import "server-only";
import { Worker } from "node:worker_threads";
import { COMPUTE_LIMITS } from "../limits";
import { securityEvent } from "../log";
import { BusyError, ComputeRefusedError, ComputeStoppedError, type StopReason } from "./errors";
import { COSTS, TASKS, type TaskInput, type TaskName, type TaskOutput } from "./tasks";

export * from "../limits";
export { BusyError, ComputeRefusedError, ComputeStoppedError } from "./errors";

/**
 * Runs a heavy task in a worker thread, so one large request never stalls the server's event loop. One
 * worker, one job at a time, in order. Each job is admitted by its estimated cost (413 up front for what
 * cannot finish, 429 while the queue is full) and has a time budget and a memory ceiling: on overrun the
 * worker is terminated (422 or 413) and a fresh one takes the jobs waiting behind it. Where no worker
 * runs (scripts and tests run the TypeScript sources directly), the task runs in-process, unbudgeted.
 */
export async function runTask<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
  const cost = COSTS[task](input);
  if (!workerWanted()) return runInProcess(task, input);
  if (queuedCost > 0 && queuedCost + cost > COMPUTE_LIMITS.maxQueuedCost) throw new BusyError();
  queuedCost += cost;
  return new Promise((resolve, reject) => {
    waiting.push({ id: nextId++, task, input, cost, resolve: resolve as (v: unknown) => void, reject });
    pump();
  });
}

export interface ComputeSettings {
  budgetMs: Record<TaskName, number>;
  heapMb: number;
  /** "auto": a worker inside the Next server only; "tsx": a worker loading the sources through tsx (tests). */
  worker: "auto" | "tsx" | "off";
}

const DEFAULTS: ComputeSettings = {
  ...COMPUTE_LIMITS,
  budgetMs: { ...COMPUTE_LIMITS.budgetMs },
  worker: "auto",
};
let settings: ComputeSettings = DEFAULTS;

/** Tests: a small budget or heap, or the worker path. Stops the current worker; `undefined` restores defaults. */
export function configureCompute(overrides?: Partial<ComputeSettings>): void {
  settings = { ...DEFAULTS, ...overrides, budgetMs: { ...DEFAULTS.budgetMs, ...overrides?.budgetMs } };
  if (worker) void retire(worker);
  worker = null;
  unavailable = false;
}

interface Job {
  id: number;
  task: TaskName;
  input: unknown;
  cost: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const waiting: Job[] = [];
let queuedCost = 0;
let nextId = 1;
let worker: Worker | null = null;
let ready = false;
let running: { job: Job; started: number; timer: NodeJS.Timeout } | null = null;
/** No worker ever started here (a bundler-less run): every job runs in-process. */
let unavailable = false;
let everReady = false;

/** True once jobs run in a worker thread (tests check that the worker path, not the fallback, ran). */
export function workerActive(): boolean {
  return workerWanted() && everReady;
}

function workerWanted(): boolean {
  if (unavailable || settings.worker === "off") return false;
  return settings.worker === "tsx" || Boolean(process.env.NEXT_RUNTIME);
}

function runInProcess<T extends TaskName>(task: T, input: TaskInput<T>): TaskOutput<T> {
  try {
    return TASKS[task](input as never) as TaskOutput<T>;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (typeof status === "number") throw new ComputeRefusedError(status, (error as Error).message);
    throw error;
  }
}

/** Starts the next waiting job when the worker is idle and ready; starts a worker when there is none. */
function pump(): void {
  if (running || waiting.length === 0) return;
  if (!worker) worker = startWorker();
  if (!worker || !ready) return;
  const job = waiting.shift() as Job;
  const timer = setTimeout(() => stop("time"), settings.budgetMs[job.task]);
  running = { job, started: performance.now(), timer };
  worker.postMessage({ id: job.id, task: job.task, input: job.input });
}

function startWorker(): Worker | null {
  ready = false;
  let started: Worker;
  try {
    const options = { resourceLimits: { maxOldGenerationSizeMb: settings.heapMb } };
    // The literal `new URL(…)` form is what the bundler turns into the worker's own chunk.
    started =
      settings.worker === "tsx"
        ? new Worker(tsxBootstrap(), { ...options, eval: true })
        : new Worker(new URL("./worker-entry.ts", import.meta.url), options);
  } catch {
    fallBackInProcess();
    return null;
  }
  started.unref();
  started.on(
    "message",
    (message: { ready?: true; id?: number; output?: unknown; error?: string; status?: number }) => {
      if (message.ready) {
        ready = everReady = true;
        return pump();
      }
      if (!running || running.job.id !== message.id) return;
      const { job } = finish();
      if (message.error === undefined) job.resolve(message.output);
      else if (message.status !== undefined)
        job.reject(new ComputeRefusedError(message.status, message.error));
      else job.reject(new Error(message.error));
      pump();
    },
  );
  const died = (reason: StopReason) => {
    if (worker !== started) return;
    const wasReady = ready;
    worker = null;
    ready = false;
    if (!everReady) return fallBackInProcess();
    if (running) return stop(reason);
    // A replacement that dies before it is ready would die again: fail what waits, no restart loop.
    if (!wasReady) return failWaiting(reason);
    pump();
  };
  started.on("error", (error: Error & { code?: string }) =>
    died(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash"),
  );
  started.on("exit", () => died("crash"));
  return started;
}

/** Tests run the TypeScript sources: the worker loads its entry through tsx (resolved from the project folder). */
function tsxBootstrap(): string {
  const entry = JSON.stringify(import.meta.url.replace(/[^/]*$/, "worker-entry.ts"));
  return `import("tsx/esm/api").then(({ tsImport }) => tsImport(${entry}, ${entry}));`;
}

function finish(): { job: Job; ms: number } {
  const { job, started, timer } = running as NonNullable<typeof running>;
  clearTimeout(timer);
  running = null;
  queuedCost = Math.max(0, queuedCost - job.cost);
  return { job, ms: Math.round(performance.now() - started) };
}

/** Over budget, out of memory or crashed: the job fails, the worker is replaced, the queue moves on. */
function stop(reason: StopReason): void {
  if (!running) return;
  const { job, ms } = finish();
  securityEvent("compute.stopped", { task: job.task, reason, ms });
  job.reject(
    new ComputeStoppedError(job.task, reason, {
      budgetMs: settings.budgetMs[job.task],
      heapMb: settings.heapMb,
    }),
  );
  if (worker) void retire(worker);
  worker = null;
  pump();
}

/** A worker is stopped without its exit counting as a crash of the next one. */
async function retire(old: Worker): Promise<void> {
  old.removeAllListeners();
  old.on("error", () => {});
  await old.terminate().catch(() => {});
}

function failWaiting(reason: StopReason): void {
  for (const job of waiting.splice(0)) {
    queuedCost = Math.max(0, queuedCost - job.cost);
    job.reject(
      new ComputeStoppedError(job.task, reason, {
        budgetMs: settings.budgetMs[job.task],
        heapMb: settings.heapMb,
      }),
    );
  }
}

/** The worker cannot start in this environment: run what waits in-process (the old behaviour). */
function fallBackInProcess(): void {
  unavailable = true;
  worker = null;
  for (const job of waiting.splice(0)) {
    queuedCost = Math.max(0, queuedCost - job.cost);
    try {
      job.resolve(runInProcess(job.task, job.input as never));
    } catch (error) {
      job.reject(error as Error);
    }
  }
}
