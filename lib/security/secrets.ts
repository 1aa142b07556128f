/**
 * Bearer secrets (teacher and student tokens, import edit keys): 256 random bits, shown once to their
 * holder, stored only as a hash, compared in constant time. Server-only (node:crypto).
 */
import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const SECRET_BYTES = 32;
/** base64url of 32 bytes: 43 characters, no padding. */
export const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a token");

/** A token or an edit key: 256 random bits, shown once to its holder, stored only as hashSecret(). */
export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString("base64url");
}

/**
 * SHA-256 hex of a secret. A fast unsalted hash is right here (unlike passwords): the secret has 256
 * bits of entropy, so neither brute force nor precomputed tables can find it from a leaked hash.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

const HASH_RE = /^[0-9a-f]{64}$/;

/** Constant-time comparison of a presented secret with a stored hash; false for any malformed input. */
export function secretMatches(secret: unknown, storedHash: string): boolean {
  if (typeof secret !== "string" || !secretSchema.safeParse(secret).success || !HASH_RE.test(storedHash)) {
    return false;
  }
  return timingSafeEqual(Buffer.from(hashSecret(secret), "hex"), Buffer.from(storedHash, "hex"));
}

/**
 * The secret from an `Authorization: Bearer …` header, or null when absent, of another scheme or
 * malformed. The scheme is case-insensitive (RFC 9110 §11.1: `bearer` is the same scheme).
 */
export function bearerToken(header: string | null | undefined): string | null {
  if (!header || header.length > 200) return null;
  return /^bearer +([A-Za-z0-9_-]{43})$/i.exec(header.trim())?.[1] ?? null;
}
