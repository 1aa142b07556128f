/** Sending the fuzzer's requests, and the server and data they run against. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { API_ROUTES } from "../../lib/api/routes";
import { findFreePort, type Server, startServer } from "../bench/server";
import type { Built, Context } from "./request";
import type { Method } from "./routes";

const TIMEOUT_MS = 30_000;
const LYING_TIMEOUT_MS = 5_000;
export const log = (message: string) => process.stderr.write(`[fuzz] ${message}\n`);

export interface Outcome {
  /**
   * "awaiting-body": no answer within LYING_TIMEOUT_MS to a request whose Content-Length promised more
   * than was sent; the server waiting for the rest is what HTTP allows (the connection is then dropped).
   * Not a failure. Routes behind the proxy do this (it buffers bodies), the others answer 413 at once.
   */
  status: number | "timeout" | "awaiting-body" | "reset-after-431" | "error";
  ms: number;
  body: string;
  error?: string;
  missingHeaders: boolean;
}

/** One agent per run: `destroy` it when the run is over. */
export const keepAlive = (concurrency: number) =>
  new http.Agent({ keepAlive: true, maxSockets: concurrency });

export function send(base: URL, req: Built, agent: http.Agent): Promise<Outcome> {
  const started = performance.now();
  // A lying Content-Length leaves the connection unusable after the answer: give it its own socket.
  const lying = req.body !== null && req.headers["content-length"] !== String(req.body.length);
  const headBytes = Object.entries(req.headers).reduce(
    (n, [k, v]) => n + k.length + v.length + 4,
    req.path.length,
  );
  const oversizedHead = headBytes > 16 * 1024 - 512;
  return new Promise((resolve) => {
    let settled = false;
    const done = (o: Omit<Outcome, "ms">) => {
      if (settled) return;
      settled = true;
      resolve({ ...o, ms: performance.now() - started });
    };
    const r = http.request(
      {
        host: base.hostname,
        port: base.port,
        method: req.method,
        path: req.path,
        headers: req.headers,
        agent: lying ? false : agent,
        timeout: lying ? LYING_TIMEOUT_MS : TIMEOUT_MS,
        // A redirect echoing a 15 KB path has headers beyond Node's 16 KB default: read them.
        maxHeaderSize: 1024 * 1024,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size <= 4096) chunks.push(c);
        });
        res.on("end", () =>
          done({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8").slice(0, 2000),
            missingHeaders:
              !res.headers["content-security-policy"] || res.headers["x-content-type-options"] !== "nosniff",
          }),
        );
        res.on("error", (e) => done({ status: "error", body: "", error: e.message, missingHeaders: false }));
        if (lying) res.on("end", () => r.destroy());
      },
    );
    r.on("timeout", () => {
      r.destroy();
      done({ status: lying ? "awaiting-body" : "timeout", body: "", missingHeaders: false });
    });
    r.on("error", (e: Error & { rawPacket?: Buffer; code?: string }) =>
      done({
        // Node answers a request head over 16 KB with 431 and closes at once; if the body is still being
        // written, the client sees a reset instead of the 431. Not a server failure.
        status:
          oversizedHead && (e.code === "ECONNRESET" || e.code === "EPIPE") ? "reset-after-431" : "error",
        body: e.rawPacket?.toString("latin1", 0, 300) ?? "",
        error: e.message,
        missingHeaders: false,
      }),
    );
    if (req.body !== null) r.end(req.body);
    else r.end();
  });
}

async function json(base: URL, method: Method, p: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(new URL(p, base), {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let value: Record<string, unknown> = {};
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON: the caller looks at the status
  }
  return { status: response.status, value };
}

/** Creates what the valid requests refer to; the class routes may not exist yet (404), then ids are made up. */
export async function setup(base: URL): Promise<Context> {
  const importBody = API_ROUTES["/api/comparisons"].POST.example;
  const a = await json(base, "POST", "/api/comparisons", importBody);
  const b = await json(base, "POST", "/api/comparisons", importBody);
  if (a.status !== 201 || b.status !== 201)
    throw new Error(`could not create imports (${a.status}, ${b.status})`);
  const ctx: Context = {
    importSlug: String(a.value.slug),
    doomedSlug: String(b.value.slug),
    classId: "no-class",
    teacherToken: "t".repeat(43),
    studentToken: "s".repeat(43),
    joinCode: "ABCD-EFGH",
    editKey: String(b.value.editKey),
    doomedStudentId: "no-student",
  };
  const created = await json(base, "POST", "/api/classes", API_ROUTES["/api/classes"].POST.example);
  if (created.status === 201) {
    ctx.classId = String(created.value.id);
    ctx.teacherToken = String(created.value.teacherToken);
    ctx.joinCode = String(created.value.joinCode);
    const joined = await json(base, "POST", "/api/classes/join", { joinCode: ctx.joinCode, name: "Fuzz" });
    if (joined.status === 201) ctx.studentToken = String(joined.value.studentToken);
    const doomed = await json(base, "POST", "/api/classes/join", { joinCode: ctx.joinCode, name: "Gone" });
    if (doomed.status === 201) ctx.doomedStudentId = String(doomed.value.studentId);
    log(`class ${ctx.classId} created, student joined: ${joined.status}`);
  } else log(`POST /api/classes answered ${created.status}: class routes get made-up ids and tokens`);
  return ctx;
}

export async function withServer<T>(run: (base: URL) => Promise<T>): Promise<T> {
  if (process.env.BASE_URL) return run(new URL(process.env.BASE_URL));
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run `npm run build` first");
  const dataDir = mkdtempSync(path.join(tmpdir(), "parallax-fuzz-"));
  const port = await findFreePort(3400);
  log(`starting next start on 127.0.0.1:${port}, data in ${dataDir}`);
  let server: Server | undefined;
  try {
    server = await startServer(port, { env: { PARALLAX_DATA_DIR: dataDir } });
    return await run(new URL(server.baseUrl));
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
