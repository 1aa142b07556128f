/**
 * Shared rate-limit counters: one row per key (e.g. wrong join codes from one address), counting within
 * a fixed window that ends at `expires_at`. In the database rather than in each process, so every
 * server instance sees the same counts and a restart keeps them (lib/db/limit-counters.ts).
 */
import { index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const limitCounters = pgTable(
  "limit_counters",
  {
    key: text("key").primaryKey(),
    count: integer("count").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  // The sweep deletes ended windows by this.
  (t) => [index("limit_counters_expires_idx").on(t.expiresAt)],
);
