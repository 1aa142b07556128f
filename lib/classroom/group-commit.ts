/**
 * Group commit for writes that share a key (a class): while one batch of a key is being written, the
 * writes that arrive wait, and go together in the next batch as soon as it is done. No timer: a lone
 * write goes at once; under load, one transaction (one commit, one fsync) carries many writes.
 * Framework-free.
 */
export interface GroupCommitOptions<I, O> {
  /** Writes one batch of a key; answers one outcome per item, in order. */
  run: (key: string, items: readonly I[]) => Promise<O[]>;
  /** Most items in one batch (a larger backlog goes in several). */
  maxBatch?: number;
  /**
   * Under steady load (the key's last batch ended less than `lingerMs × 5` ago), wait this long before
   * a batch so the writes already on their way join it. An idle key never waits. For an embedded store
   * on the request thread, where requests reach the queue one by one between its statements.
   */
  lingerMs?: number;
  now?: () => number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (outcome: O) => void;
  reject: (error: unknown) => void;
}

export function createGroupCommit<I, O>({
  run,
  maxBatch = 64,
  lingerMs = 0,
  now = Date.now,
}: GroupCommitOptions<I, O>) {
  const queues = new Map<string, Waiting<I, O>[]>();
  const busy = new Set<string>();
  const lastEnded = new Map<string, number>();

  async function flush(key: string): Promise<void> {
    busy.add(key);
    try {
      for (let queue = queues.get(key); queue && queue.length > 0; queue = queues.get(key)) {
        const ended = lastEnded.get(key);
        if (lingerMs > 0 && ended !== undefined && now() - ended < lingerMs * 5)
          await new Promise((resolve) => setTimeout(resolve, lingerMs));
        const batch = queue.splice(0, maxBatch);
        await settle(key, batch);
        if (lingerMs > 0) {
          lastEnded.delete(key);
          lastEnded.set(key, now());
          if (lastEnded.size > 1_000) lastEnded.delete(lastEnded.keys().next().value ?? "");
        }
      }
    } finally {
      busy.delete(key);
      queues.delete(key);
    }
  }

  async function settle(key: string, batch: Waiting<I, O>[]): Promise<void> {
    try {
      const outcomes = await run(
        key,
        batch.map((w) => w.item),
      );
      batch.forEach((w, i) => {
        const outcome = outcomes[i];
        if (outcomes.length !== batch.length || outcome === undefined)
          w.reject(new Error("group commit: one outcome per item expected"));
        else w.resolve(outcome);
      });
    } catch (error) {
      // One bad item must not fail the others: each goes alone, and only its own error is returned.
      if (batch.length === 1) batch[0]?.reject(error);
      else for (const w of batch) await settle(key, [w]);
    }
  }

  return {
    write(key: string, item: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        const queue = queues.get(key) ?? [];
        queue.push({ item, resolve, reject });
        queues.set(key, queue);
        if (!busy.has(key)) void flush(key);
      });
    },
  };
}
