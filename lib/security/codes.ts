/** Join codes and public ids for class activities (secrets: lib/security/secrets.ts). Server-only. */
import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
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

/**
 * A student's resume code: 8 symbols of the same alphabet, 31^8 ≈ 8.5e11, to take their seat back on
 * another device. Not a token: short enough to copy by hand, so guessing is bounded by a limiter.
 */
export const RESUME_CODE_LENGTH = 8;
const RESUME_CODE_RE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${RESUME_CODE_LENGTH}}$`);

export function newResumeCode(): string {
  let code = "";
  for (let i = 0; i < RESUME_CODE_LENGTH; i++)
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * Stored form of a resume code. Salted with the class's row id so one precomputed table cannot serve
 * every class; 39 bits are still brute-forceable from a leaked database, which then holds the students'
 * work anyway: the code only guards a seat, and online guessing is rate-limited.
 */
export function hashResumeCode(classRowId: number, code: string): string {
  return createHash("sha256").update(`resume:${classRowId}:${code}`, "utf8").digest("hex");
}

export const resumeCodeSchema = z
  .string()
  .max(32)
  .transform(normalizeJoinCode)
  .pipe(z.string().regex(RESUME_CODE_RE, "not a resume code"));

/** Accepts typed input, yields the normalised code; the length cap keeps the regex work trivial. */
export const joinCodeSchema = z
  .string()
  .max(32)
  .transform(normalizeJoinCode)
  .pipe(z.string().regex(JOIN_CODE_RE, "not a join code"));

/** An opaque public id (class or student id in URLs): 96 random bits, not a secret. */
export function newPublicId(): string {
  return randomBytes(12).toString("base64url");
}
