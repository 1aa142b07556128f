/**
 * Work done on every request before Next sees it, in the Node server itself (installed once at start by
 * instrumentation.ts): route handlers never see the socket, and headers set here are read at start, not
 * baked into the build. Node only.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
import compression from "compression";
import { log } from "../log";
import { PEER_HEADER } from "../security/client-address";
import { apiSecurityHeaders } from "../security/headers";

export type RequestHook = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const INSTALLED = Symbol.for("parallax.request-hooks");
type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
type Patchable = { emit: Emit; [INSTALLED]?: RequestHook[] };

/** Runs `hooks` on each request of every HTTP(S) server in this process; installing again replaces them. */
export function installRequestHooks(hooks: RequestHook[]): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Patchable[]) {
    if (!proto[INSTALLED]) {
      const emit = proto.emit;
      proto.emit = function (this: unknown, event, ...args) {
        if (event === "request") {
          for (const hook of proto[INSTALLED] ?? [])
            hook(args[0] as http.IncomingMessage, args[1] as http.ServerResponse);
        }
        return emit.call(this, event, ...args);
      };
    }
    proto[INSTALLED] = hooks;
  }
}

/** The socket's peer address in PEER_HEADER, replacing whatever the client sent there. */
export const stampPeer: RequestHook = (request) => {
  request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
};

/**
 * The plain security headers (API CSP `default-src 'none'`, nosniff, no referrer, framing denied, HSTS
 * when served over HTTPS) on every response, redirects and errors included; proxy.ts replaces the CSP
 * of pages with one carrying their nonce.
 */
export function securityHeaders(options: { https: boolean }): RequestHook {
  const headers = apiSecurityHeaders(options);
  return (_request, response) => {
    for (const { key, value } of headers) response.setHeader(key, value);
  };
}

/**
 * Brotli, or gzip, for clients that take it (next.config.ts turns Next's own gzip off): Brotli at quality 5
 * makes the default page a third smaller than gzip (21 KB against 31 KB) for less CPU. Answers marked
 * `Cache-Control: no-transform` and bodies under 1 KB go out as they are. Installed before the hooks that
 * rewrite a body (inlineStylesheet), so that they see it uncompressed.
 */
export function compress(): RequestHook {
  const middleware = compression({ brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } } });
  return (request, response) => middleware(request as never, response as never, () => undefined);
}

/**
 * A request's whole body must arrive within `ms` (Node's own limit is 5 minutes and cannot be changed
 * once the server exists): the connection of a slower body is closed, so slow-body connections cannot
 * pile up. 60 s carries the largest upload (2 MiB) over a 1 Mbit/s school line. A reverse proxy in front
 * should still cap connections per client.
 */
export function bodyDeadline(ms: number): RequestHook {
  return (request, response) => {
    // No Content-Length and no Transfer-Encoding: no body to wait for (most requests), so no timer.
    const headers = request.headers;
    if (request.complete || (!headers["content-length"] && !headers["transfer-encoding"])) return;
    const timer = setTimeout(() => {
      if (!request.complete) request.socket.destroy();
    }, ms);
    timer.unref();
    const clear = () => clearTimeout(timer);
    request.once("end", clear);
    response.once("close", clear);
  };
}

/**
 * One JSON line per request when it ends: a request id (also sent as `X-Request-Id`), method, path
 * without the query, status, time and size. Never headers, queries or bodies: they carry tokens and text.
 * Build assets are logged at debug level only.
 */
export const accessLog: RequestHook = (request, response) => {
  const id = randomUUID();
  const started = process.hrtime.bigint();
  response.setHeader("X-Request-Id", id);
  // Read back by `onRequestError` (instrumentation.ts), so an error's line names its request.
  request.headers["x-request-id"] = id;
  response.once("finish", () => {
    const path = (request.url ?? "").split("?")[0]?.slice(0, 200);
    const entry = {
      reqId: id,
      method: request.method,
      path,
      status: response.statusCode,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
      bytes: Number(response.getHeader("content-length") ?? 0) || undefined,
    };
    if (path?.startsWith("/_next/")) log.debug(entry, "request");
    else log.info(entry, "request");
  });
};
