/**
 * Requests from a loopback address of the test's choosing (all of 127.0.0.0/8 reaches the server on
 * Linux): the server keys limits by the socket's address, which a header cannot change, so this is
 * how a test gets a client address of its own.
 */
import { randomBytes } from "node:crypto";
import http from "node:http";

export interface PeerResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  json: () => unknown;
}

/** A loopback address no other test uses (not 127.0.0.1, the address of every other request). */
export const loopbackAddress = () =>
  `127.${1 + ((randomBytes(1)[0] ?? 0) % 250)}.${randomBytes(1)[0]}.${1 + ((randomBytes(1)[0] ?? 0) % 250)}`;

export function peerPost(
  base: string,
  path: string,
  body: unknown,
  { from, headers = {} }: { from: string; headers?: Record<string, string> },
): Promise<PeerResponse> {
  const url = new URL(path, base);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress: from,
        headers: {
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(data),
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          text += chunk;
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            json: () => JSON.parse(text),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(data);
  });
}
