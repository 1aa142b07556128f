/** Join codes and bearer secrets for class activities. Server-only (node:crypto). */
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** Uppercase letters and digits without the look-alikes 0/O, 1/I/L: 31 symbols, 31^6 ≈ 8.9e8 codes. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE_RE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A fresh six-character code; randomInt is uniform (no modulo bias). Uniqueness is the store's job. */
export function newJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What a student types ("ab3-k7q ", "AB3 K7Q") to the stored form ("AB3K7Q"). Idempotent. */
export function normalizeJoinCode(input: string): string {
  // Phones autocorrect "-" to en or em dashes (U+2010–U+2015), so those go too.
  return input.replace(/[\s\-\u2010-\u2015]/g, "").toUpperCase();
}

/** Accepts typed input, yields the normalised code; the length cap keeps the regex work trivial. */
export const joinCodeSchema = z
  .string()
  .max(32)
  .transform(normalizeJoinCode)
  .pipe(z.string().regex(JOIN_CODE_RE, "not a join code"));

const SECRET_BYTES = 32;
/** base64url of 32 bytes: 43 characters, no padding. */
export const secretSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a token");

/** A teacher or student token: 256 random bits, shown once to its holder, stored only as hashSecret(). */
export function newSecret(): string {
  return randomBytes(SECRET_BYTES).toString("base64url");
}

/** An opaque public id (class or student id in URLs): 96 random bits, not a secret. */
export function newPublicId(): string {
  return randomBytes(12).toString("base64url");
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

/** The token from an `Authorization: Bearer …` header, or null when absent or malformed. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(header?.trim() ?? "");
  return match?.[1] ?? null;
}
