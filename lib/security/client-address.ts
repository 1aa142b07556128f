/**
 * Which address a request comes from, for per-client limits. The socket's peer address is the only
 * thing a client cannot choose; `X-Forwarded-For` is believed only as far as the operator says
 * (PARALLAX_TRUSTED_PROXIES), counted from the right, where each trusted proxy appended its peer.
 * Framework-free: instrumentation.ts stamps the peer into PEER_HEADER before Next sees the request.
 */
import "server-only";
import { BlockList, isIP } from "node:net";

/** Set by instrumentation.ts from `socket.remoteAddress`, overwriting whatever the client sent. */
export const PEER_HEADER = "x-parallax-peer";

export type ProxyTrust =
  | { kind: "none" }
  /** The last `hops` proxies before us are ours: believe the XFF entry each of them added. */
  | { kind: "hops"; hops: number }
  /** These addresses/ranges are our proxies: walk XFF from the right past them. */
  | { kind: "list"; proxies: BlockList };

const MAX_HOPS = 10;

/**
 * Parses PARALLAX_TRUSTED_PROXIES: unset or empty → trust nobody; a whole number 1–10 → that many proxy
 * hops; otherwise a comma list of addresses or CIDR ranges (IPv4 or IPv6). Anything else throws, so a
 * typo stops the server at start instead of silently trusting nobody (or everybody).
 */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = value?.trim() ?? "";
  if (!text || text === "0") return { kind: "none" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`PARALLAX_TRUSTED_PROXIES: at most ${MAX_HOPS} hops, not ${text}`);
    return { kind: "hops", hops };
  }
  const proxies = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim())) {
    const [ip = "", prefix, extra] = entry.split("/");
    const family = isIP(ip);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    const max = family === 6 ? 128 : 32;
    if (
      !family ||
      extra !== undefined ||
      (prefix !== undefined && !/^\d+$/.test(prefix)) ||
      !(bits >= 0 && bits <= max)
    )
      throw new Error(`PARALLAX_TRUSTED_PROXIES: "${entry.slice(0, 60)}" is not an address or CIDR range`);
    proxies.addSubnet(ip, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { kind: "list", proxies };
}

/** A plain address from a header entry: brackets, ports and zone ids removed; null if not an IP. */
export function normalizeAddress(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = raw.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.replace(/:\d+$/, "");
  text = text.replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped?.[1]) text = mapped[1];
  return isIP(text) ? text : null;
}

function isTrusted(proxies: BlockList, address: string): boolean {
  return proxies.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket peer, unless trusted proxies are configured; then the entry the
 * outermost trusted proxy saw. With a hop count N, that is the N-th XFF entry from the right (a
 * shorter header means the request skipped a proxy: the left-most entry is the best we have). With a
 * list, the right-most entry (peer included) that is not a trusted proxy. Entries that are not IPs
 * end the walk: what lies left of garbage was written by the client. "unknown" without a peer.
 */
export function clientAddress(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trust: ProxyTrust,
): string {
  const socket = normalizeAddress(peer);
  if (trust.kind === "none" || !socket) return socket ?? "unknown";
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)
    .slice(-64);
  if (trust.kind === "hops") {
    let address = socket;
    for (let hop = 0; hop < trust.hops; hop++) {
      const next = normalizeAddress(entries[entries.length - 1 - hop]);
      if (!next) break;
      address = next;
    }
    return address;
  }
  let address = socket;
  for (let i = entries.length - 1; i >= 0 && isTrusted(trust.proxies, address); i--) {
    const next = normalizeAddress(entries[i]);
    if (!next) break;
    address = next;
  }
  return address;
}

/**
 * The key per-client limits count under: IPv4 as is, IPv6 by its /56 prefix. One subscriber usually
 * holds a /56 (the common residential and school allocation; a /48 for some), and can pick any of its
 * 256 /64s at will, so a /64 key would let one home connection take 256 turns; a /56 rarely groups
 * unrelated people.
 */
export function addressKey(address: string): string {
  const ip = normalizeAddress(address);
  if (!ip) return address.slice(0, 64);
  if (isIP(ip) === 4) return ip;
  const [head = "", tail = ""] = ip.split("::", 2);
  const left = head ? head.split(":") : [];
  const right = ip.includes("::") && tail ? tail.split(":") : [];
  // An embedded IPv4 tail (::1.2.3.4) takes two groups; it never reaches the first four.
  const width = right.reduce((n, g) => n + (g.includes(".") ? 2 : 1), 0);
  const groups = ip.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - width)).fill("0")]
    : left;
  const hex = groups
    .slice(0, 4)
    .map((g) => g.padStart(4, "0"))
    .join("");
  const prefix = `${hex.slice(0, 14)}00`;
  return `${[0, 4, 8, 12].map((i) => prefix.slice(i, i + 4).replace(/^0+(?=.)/, "")).join(":")}::/56`;
}

let configured: ProxyTrust | undefined;

/** The trust setting, read from the environment once, at the first request (or at server start). */
export function proxyTrust(): ProxyTrust {
  configured ??= parseProxyTrust(process.env.PARALLAX_TRUSTED_PROXIES);
  return configured;
}

/** The client address of a request, from its headers (see PEER_HEADER). */
export function requestAddress(headers: Pick<Headers, "get">): string {
  return clientAddress(headers.get(PEER_HEADER), headers.get("x-forwarded-for"), proxyTrust());
}
