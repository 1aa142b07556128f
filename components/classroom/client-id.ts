/**
 * A random idempotency key for a write (32 hex characters, 128 bits). Not `crypto.randomUUID`: browsers
 * only offer it on secure origins, and classroom servers are often plain http on a school network;
 * `getRandomValues` works everywhere.
 */
export function newClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
