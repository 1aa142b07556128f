/**
 * Readiness for a load balancer or an orchestrator: the database is open, migrated and answers. The first
 * call opens it (getDb migrates on open), so probing readiness also warms a fresh server.
 */
import "server-only";
import { sql } from "drizzle-orm";
import { defaultTarget, getDb, isDataFolderInUse } from "../db";
import { logError } from "../log";

export type Readiness =
  | { ready: true; engine: "postgres" | "pglite" }
  /** "folder-in-use": another process holds the embedded store's folder (lib/db/folder-lock.ts). */
  | { ready: false; reason: "folder-in-use" | string };

export async function checkReadiness(): Promise<Readiness> {
  const engine = "url" in defaultTarget() ? "postgres" : "pglite";
  try {
    const db = await getDb();
    await db.execute(sql`select 1`);
    return { ready: true, engine };
  } catch (error) {
    // getDb logs the folder and the holder's PID itself; the answer names neither.
    if (isDataFolderInUse(error)) return { ready: false, reason: "folder-in-use" };
    logError("readiness", error);
    // The reason names the engine, never a connection string (it may hold a password).
    return {
      ready: false,
      reason: `The ${engine === "postgres" ? "PostgreSQL" : "embedded"} database is not available.`,
    };
  }
}
