/**
 * Durable commits for PGlite in a folder. Out of the box PGlite 0.5 starts PostgreSQL with `-F`
 * (fsync off), and even with fsync on nothing would reach the disk: Emscripten's Node filesystem has no
 * fsync, and its fdatasync is a no-op. So a committed write lived only in the OS page cache: it
 * survives a process crash, not a power cut. Durable mode turns fsync back on, makes PostgreSQL sync
 * its WAL with fsync() (wal_sync_method=fsync), and routes fsync() to the real file. Each commit then
 * waits for its WAL to reach the disk, as on a PostgreSQL server. Figures: docs/decisions/embedded-store-lock.md.
 */
import "server-only";
import { fsyncSync } from "node:fs";
import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { NodeFS } from "@electric-sql/pglite/nodefs";

/** The bits of Emscripten's module this touches (PGlite's types leave them untyped). */
interface EmscriptenFs {
  NODEFS: { stream_ops: { fsync?: (stream: { nfd?: number }) => number } };
  FS: { ErrnoError: new (errno: number) => Error };
}
const EMSCRIPTEN_EIO = 29;

/** NodeFS whose fsync() calls the real fsync on the file PostgreSQL synced. */
class SyncingNodeFS extends NodeFS {
  constructor(
    dataDir: string,
    private readonly sync: (fd: number) => void,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, opts: Parameters<NodeFS["init"]>[1]) {
    const { emscriptenOpts } = await super.init(pg, opts);
    const addFsync = (mod: unknown) => {
      const { NODEFS, FS } = mod as EmscriptenFs;
      NODEFS.stream_ops.fsync = (stream) => {
        try {
          if (typeof stream.nfd === "number") this.sync(stream.nfd);
          return 0;
        } catch {
          // PostgreSQL treats a failed fsync as fatal (PANIC), which is right: the data may be lost.
          throw new FS.ErrnoError(EMSCRIPTEN_EIO);
        }
      };
    };
    // After NodeFS's own preRun, which mounts NODEFS.
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), addFsync] } };
  }
}

/**
 * PGlite's options for a data folder: durable (fsync at each commit) unless `durable` is false.
 * `sync` is fs.fsyncSync; tests pass a counting one.
 */
export function pgliteFolderOptions(
  dataDir: string,
  durable: boolean,
  sync: (fd: number) => void = fsyncSync,
): PGliteOptions {
  if (!durable) return { dataDir };
  return {
    fs: new SyncingNodeFS(dataDir, sync),
    startParams: [
      ...PGlite.defaultStartParams.filter((param) => param !== "-F"),
      "-c",
      "wal_sync_method=fsync",
    ],
  };
}

/** PARALLAX_FSYNC=off trades power-loss safety for write speed; anything else keeps commits durable. */
export function durableFromEnv(env: Record<string, string | undefined> = process.env): boolean {
  return env.PARALLAX_FSYNC?.toLowerCase() !== "off";
}
