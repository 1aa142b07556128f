import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiSecurityHeaders } from "../security/headers";
import { accessLog, bodyDeadline, installRequestHooks, securityHeaders, stampPeer } from "./request-hooks";

let server: http.Server;
let base: string;
const seen: http.IncomingHttpHeaders[] = [];

beforeAll(async () => {
  installRequestHooks([stampPeer, securityHeaders({ https: true }), bodyDeadline(300), accessLog]);
  server = http.createServer((request, response) => {
    seen.push(request.headers);
    response.statusCode = request.url === "/api/x/" ? 308 : 200;
    request.resume();
    request.on("end", () => response.end("ok"));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  installRequestHooks([]);
  server.close();
});

describe("request hooks", () => {
  it("stamp the socket's address over whatever the client sent", async () => {
    await fetch(`${base}/api/x`, {
      headers: { "x-parallax-peer": "203.0.113.9", "x-forwarded-for": "1.2.3.4" },
    });
    expect(seen.at(-1)?.["x-parallax-peer"]).toBe("127.0.0.1");
    expect(seen.at(-1)?.["x-forwarded-for"]).toBe("1.2.3.4");
  });

  it("put the security headers on every response, redirects included, with HSTS when told at start", async () => {
    for (const path of ["/api/x", "/api/x/", "/_next/static/a.js"]) {
      const response = await fetch(`${base}${path}`, { redirect: "manual" });
      for (const { key, value } of apiSecurityHeaders({ https: true }))
        expect(response.headers.get(key), `${path} ${key}`).toBe(value);
      expect(response.headers.get("strict-transport-security")).toMatch(/max-age=/);
    }
  });

  it("give each request its own id", async () => {
    const ids = await Promise.all(
      [1, 2].map(async () => (await fetch(`${base}/api/x`)).headers.get("x-request-id")),
    );
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it("hand the request id to the app, over any the client sent, so error lines name it", async () => {
    const response = await fetch(`${base}/api/x`, { headers: { "x-request-id": "forged" } });
    expect(seen.at(-1)?.["x-request-id"]).toBe(response.headers.get("x-request-id"));
  });

  it("close a connection whose body does not arrive in time", async () => {
    const { port } = server.address() as AddressInfo;
    const socket = net.connect(port, "127.0.0.1");
    await once(socket, "connect");
    const started = Date.now();
    socket.write(
      "POST /api/x HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
    );
    await once(socket, "close");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
