import { Worker } from "node:worker_threads";
import { TASKS, type TaskInput, type TaskName, type TaskOutput, WEIGHTS } from "./tasks";

/**
 * Runs a heavy task (aligning six 256 KB texts takes about 15 s) in a worker thread, so one large request
 * never stalls every other request of the server. One long-lived worker, jobs in order; where no worker
 * can start (tests and scripts run the TypeScript sources directly), the task runs in-process.
 */
export async function runTask<T extends TaskName>(task: T, input: TaskInput<T>): Promise<TaskOutput<T>> {
  const worker = getWorker();
  if (!worker) return TASKS[task](input as never) as TaskOutput<T>;
  const weight = WEIGHTS[task](input);
  if (queued > 0 && queued + weight > MAX_QUEUED_CHARS) throw new BusyError();
  queued += weight;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, weight });
    worker.postMessage({ id, task, input });
  });
}

/** More work queued than the worker clears in about 15 s: the caller should answer "busy, retry later". */
export class BusyError extends Error {
  readonly retryAfterSeconds = 15;
  constructor() {
    super("The server is busy aligning other texts. Try again in a few seconds.");
  }
}

/** About one largest-allowed alignment (six 256 KB texts) waiting or running at a time. */
const MAX_QUEUED_CHARS = 1_700_000;
let queued = 0;

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; weight: number };
const pending = new Map<number, Pending>();
let nextId = 1;
let worker: Worker | null | undefined;
/** A worker that fails before finishing any job will not start in this environment: stay in-process. */
let answered = false;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (!process.env.NEXT_RUNTIME) {
    worker = null;
    return worker;
  }
  try {
    const started = new Worker(new URL("./worker-entry.ts", import.meta.url));
    started.unref();
    started.on("message", ({ id, output, error }: { id: number; output?: unknown; error?: string }) => {
      answered = true;
      const job = pending.get(id);
      pending.delete(id);
      queued -= job?.weight ?? 0;
      if (error !== undefined) job?.reject(new Error(error));
      else job?.resolve(output);
    });
    // A crashed worker fails its jobs; the next task starts a fresh one.
    started.on("error", (error) => fail(error));
    started.on("exit", () => fail(new Error("the compute worker stopped")));
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

function fail(error: Error): void {
  worker = answered ? undefined : null;
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  queued = 0;
}
