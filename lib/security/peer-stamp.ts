/**
 * Route handlers never see the socket, and `next start` keeps any `X-Forwarded-For` a client sends. So,
 * before Next reads a request, the server stamps the socket's peer address into PEER_HEADER, replacing
 * whatever the client put there. Node only; installed once by instrumentation.ts at server start.
 */
import http from "node:http";
import https from "node:https";
import { PEER_HEADER } from "./client-address";

const PATCHED = Symbol.for("parallax.peer-stamp");

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;
type Patchable = { emit: Emit; [PATCHED]?: true };

export function stampPeerAddresses(): void {
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Patchable[]) {
    if (proto[PATCHED]) continue;
    const emit = proto.emit;
    proto.emit = function (this: unknown, event, ...args) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    };
    proto[PATCHED] = true;
  }
}
