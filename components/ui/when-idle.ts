/**
 * Runs `task` once the browser is idle (at the latest after `timeoutMs`), so work the first paint does
 * not need stays off the page's startup. Returns a cancel function for effect cleanups.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  // Safari has no requestIdleCallback: a short delay past the load's own tasks does the same here.
  const id = window.setTimeout(task, 200);
  return () => window.clearTimeout(id);
}
