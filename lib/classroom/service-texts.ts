/**
 * What a class activity's page shows before it knows who is looking: the texts of its comparison on
 * its topics. These are public texts (a seed, or an import anyone with its link reads), so the
 * student workspace renders them on the server from the class id alone; the activity itself (title,
 * prompts, labels, open), the roster and all work still need a token (docs/security.md).
 */
import "server-only";
import { findComparison } from "../catalog";
import type { ComparisonText } from "../corpus/schema";
import { classSetup, getDb } from "../db";
import { passagesOnly } from "../reader/passages-only";
import { isPublicId } from "./service-support";

/**
 * The class's passages on its topics (or every passage, for the whole texts), without the framing lens or counterpart links; null for an id
 * that is not a class's (or a class whose comparison is gone). A class deleted by another request may
 * still answer from the setup cache until restart: its page then learns it is gone from the API.
 */
export async function activityTexts(classId: string): Promise<ComparisonText | null> {
  if (!isPublicId(classId)) return null;
  const setup = await classSetup(await getDb(), classId);
  if (!setup) return null;
  const comparison = await findComparison(setup.comparison);
  // No topics stored: the whole texts (lib/classroom/setup.ts).
  return comparison ? passagesOnly(comparison, setup.topics.length > 0 ? setup.topics : null) : null;
}
