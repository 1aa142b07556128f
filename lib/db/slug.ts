/** Slugs for imported comparisons: readable (from the title), unguessable, never a seed's slug. */
import "server-only";
import { listSeedSlugs, SEED_SLUG } from "../corpus";
import { kebab } from "../corpus/kebab";
import { DEFAULT_DATA_DIR } from "../corpus/load";

// 32 symbols (no look-alikes 0/o, 1/l): each random byte's low five bits pick one, with no modulo bias.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
const SUFFIX_LENGTH = 10;
const MAX_BASE = 48;

/** Kebab-case ASCII from a title: "Israel & Russia, 2024" → "israel-russia-2024". */
export function slugify(title: string): string {
  return kebab(title, MAX_BASE) || "comparison";
}

/**
 * Ten characters, 50 random bits: an import is not listed publicly, so its link must not be guessable
 * from its title (2^50 links per title). Collisions are still retried by the caller.
 */
export function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SUFFIX_LENGTH));
  return Array.from(bytes, (b) => ALPHABET[b & 31]).join("");
}

/** Slugs imports may never take: the seed comparisons' (read from data/ once per process). */
let reserved: Set<string> | undefined;
export function reservedSlugs(): Set<string> {
  reserved ??= new Set([SEED_SLUG, ...listSeedSlugs(DEFAULT_DATA_DIR)]);
  return reserved;
}
