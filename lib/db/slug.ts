/** Slugs for imported comparisons: readable (from the title), unguessable enough, never a seed's slug. */
import { listSeedSlugs, SEED_SLUG } from "../corpus";
import { kebab } from "../corpus/kebab";
import { DEFAULT_DATA_DIR } from "../corpus/load";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const MAX_BASE = 48;

/** Kebab-case ASCII from a title: "Israel & Russia, 2024" → "israel-russia-2024". */
export function slugify(title: string): string {
  return kebab(title, MAX_BASE) || "comparison";
}

/** Four characters: about 1.7 million per title, enough with a retry on collision. */
export function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
}

/** Slugs imports may never take: the seed comparisons' (read from data/ once per process). */
let reserved: Set<string> | undefined;
export function reservedSlugs(): Set<string> {
  reserved ??= new Set([SEED_SLUG, ...listSeedSlugs(DEFAULT_DATA_DIR)]);
  return reserved;
}
