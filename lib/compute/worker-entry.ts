import { parentPort } from "node:worker_threads";
import { TASKS, type TaskName } from "./tasks";

/** The worker side of `runTask`: one job at a time, answered by id. Refusals carry their HTTP status. */
parentPort?.on("message", (message: { id: number; task: TaskName; input: never }) => {
  try {
    parentPort?.postMessage({ id: message.id, output: TASKS[message.task](message.input) });
  } catch (error) {
    const status = (error as { status?: unknown } | null)?.status;
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
      status: typeof status === "number" ? status : undefined,
    });
  }
});

// Modules loaded (jsdom, wink's model): jobs are timed from here, not from the thread's start.
parentPort?.postMessage({ ready: true });
