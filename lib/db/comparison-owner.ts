/**
 * Who may change an import, and what deleting one may touch. The creator holds the edit key (see
 * saveComparison); imports stored before keys existed have none and are read-only. Deleting never
 * removes anyone else's work: an import that class activities use is kept until their teachers delete them.
 */
import "server-only";
import { eq, sql } from "drizzle-orm";

import { secretMatches } from "../security/secrets";
import type { Db } from "./client";
import { classes, comparisons } from "./schema";

/** ok: the key is this import's. refused: missing or wrong. read-only: an import without a key. */
export type EditAccess = "ok" | "not-found" | "read-only" | "refused";

export async function checkEditKey(db: Db, slug: string, key: string | null): Promise<EditAccess> {
  const [row] = await db
    .select({ hash: comparisons.editKeyHash })
    .from(comparisons)
    .where(eq(comparisons.slug, slug));
  if (!row) return "not-found";
  if (row.hash === null) return "read-only";
  // Constant time; a malformed key never matches.
  return key !== null && secretMatches(key, row.hash) ? "ok" : "refused";
}

/** What the edit page needs before anyone proves ownership: the title, whether it has a key, its users. */
export interface ImportStatus {
  title: string;
  keyed: boolean;
  activities: number;
}

export async function importStatus(db: Db, slug: string): Promise<ImportStatus | null> {
  const [row] = await db
    .select({
      title: comparisons.title,
      keyed: sql<boolean>`${comparisons.editKeyHash} is not null`,
      activities: sql<number>`(select count(*)::int from ${classes} where ${classes.comparison} = ${slug})`,
    })
    .from(comparisons)
    .where(eq(comparisons.slug, slug));
  return row ?? null;
}

export type DeleteOutcome =
  | { ok: true }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "in-use"; activities: number };

/**
 * Deletes an import and everything in it (the foreign keys cascade), unless class activities use it:
 * then nothing changes and their number is returned. The comparison row is locked FOR UPDATE first, which
 * waits for a class being created on it (createClass holds KEY SHARE until it commits), so the count that
 * follows sees that class too and no activity is ever left without its texts.
 */
export async function deleteStoredComparison(db: Db, slug: string): Promise<DeleteOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: comparisons.id })
      .from(comparisons)
      .where(eq(comparisons.slug, slug))
      .for("update");
    if (!row) return { ok: false, reason: "not-found" };
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(classes)
      .where(eq(classes.comparison, slug));
    const activities = used?.n ?? 0;
    if (activities > 0) return { ok: false, reason: "in-use", activities };
    await tx.delete(comparisons).where(eq(comparisons.id, row.id));
    return { ok: true };
  });
}
