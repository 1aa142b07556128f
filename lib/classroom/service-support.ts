/**
 * What every class-activity operation shares: typed results, bearer authorisation, the comparison's
 * passages (cached). Server-only, framework-free.
 */
import "server-only";
import { findComparison } from "../catalog";
import type { Comparison } from "../corpus/schema";
import { authenticate, getDb, type Principal } from "../db";
import { securityEvent } from "../log";
import { bearerToken } from "../security/secrets";

export type Failure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 422 | 429;
  error: string;
  headers?: Record<string, string>;
  issues?: { path: string[]; message: string }[];
};
export type Result<T> = { ok: true; status: 200 | 201 | 204; value: T } | Failure;

export const fail = (
  status: Failure["status"],
  error: string,
  headers?: Record<string, string>,
): Failure => ({
  ok: false,
  status,
  error,
  ...(headers ? { headers } : {}),
});

/** 429 with Retry-After in whole seconds (at least 1). */
export function tooMany(retryAfterMs: number, why: string): ReturnType<typeof fail> {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return fail(429, `${why} Try again in ${seconds} s.`, { "Retry-After": String(seconds) });
}

export const NOT_FOUND = fail(404, "No such class activity.");
export const CLOSED = fail(409, "This activity is closed");
const UNAUTHORIZED = (why: string) => fail(401, why, { "WWW-Authenticate": 'Bearer realm="parallax"' });

/** newPublicId(): base64url of 12 bytes. Anything else cannot exist, so it is refused without a query. */
const PUBLIC_ID_RE = /^[A-Za-z0-9_-]{16}$/;
export const isPublicId = (id: string) => PUBLIC_ID_RE.test(id);

/**
 * The holder of the `Authorization: Bearer` token for this class, if their role may act here.
 * Missing/malformed/wrong token → 401; unknown class or a token of another class → 404 (a member of
 * one class learns nothing about another); a student's token on a teacher route → 401.
 */
export async function authorize(
  classId: string,
  authorization: string | null,
  roles: readonly Principal["role"][],
): Promise<{ ok: true; principal: Principal } | Failure> {
  const token = bearerToken(authorization);
  if (!token) return UNAUTHORIZED("Missing or malformed token: send Authorization: Bearer <token>.");
  if (!PUBLIC_ID_RE.test(classId)) return NOT_FOUND;
  const found = await authenticate(await getDb(), classId, token);
  if (!found.ok) {
    if (found.reason !== "not-found") securityEvent("class.token-refused", { classId });
    return found.reason === "not-found" ? NOT_FOUND : UNAUTHORIZED("Wrong token for this class.");
  }
  if (!roles.includes(found.principal.role)) {
    return UNAUTHORIZED(
      roles.includes("teacher") ? "This needs the teacher's token." : "This needs a student's token.",
    );
  }
  return { ok: true, principal: found.principal };
}

export interface PassageInfo {
  documentId: string;
  text: string;
}

/**
 * Passage id → document and text. Passages of a comparison never change (seeds are static, imports'
 * texts are fixed once saved; corrections change topics and links only), so the index is kept: a tag
 * is checked without reading the comparison again. Bounded; the oldest entry goes first.
 */
export interface PassageIndex {
  ids: ReadonlySet<string>;
  byId: ReadonlyMap<string, PassageInfo>;
}
const passageIndexes = new Map<string, PassageIndex>();
const MAX_INDEXES = 64;

export function indexPassages(comparison: Pick<Comparison, "slug" | "documents">): PassageIndex {
  let index = passageIndexes.get(comparison.slug);
  if (!index) {
    const byId = new Map(
      comparison.documents.flatMap((d) => d.passages.map((p) => [p.id, { documentId: d.id, text: p.text }])),
    );
    index = { ids: new Set(byId.keys()), byId };
    if (passageIndexes.size >= MAX_INDEXES) passageIndexes.delete(passageIndexes.keys().next().value ?? "");
    passageIndexes.set(comparison.slug, index);
  }
  return index;
}

export async function passagesOf(slug: string): Promise<PassageIndex | null> {
  const cached = passageIndexes.get(slug);
  if (cached) return cached;
  const comparison = await findComparison(slug);
  return comparison ? indexPassages(comparison) : null;
}
