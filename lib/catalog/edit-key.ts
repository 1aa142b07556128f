/**
 * The edit key of an import from `Authorization: Bearer <key>`. The scheme is case-insensitive (RFC 9110
 * §11.1: `bearer` and `BEARER` are the same scheme); the key itself is base64url of 256 bits.
 */
const BEARER = /^bearer +([A-Za-z0-9_-]{43})$/i;

/** The key, or null when the header is missing, names another scheme, or holds no well-formed key. */
export function editKeyFrom(authorization: string | null | undefined): string | null {
  if (!authorization || authorization.length > 200) return null;
  return BEARER.exec(authorization.trim())?.[1] ?? null;
}
