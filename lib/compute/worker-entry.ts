import { parentPort } from "node:worker_threads";
import { TASKS, type TaskName } from "./tasks";

/** The worker side of `runTask`: one job at a time, answered by id. */
parentPort?.on("message", (message: { id: number; task: TaskName; input: never }) => {
  try {
    parentPort?.postMessage({ id: message.id, output: TASKS[message.task](message.input) });
  } catch (error) {
    parentPort?.postMessage({
      id: message.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
});
