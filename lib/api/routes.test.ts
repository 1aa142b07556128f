import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_ROUTES, type ApiPath, allowedMethods, refusedMethods } from "./routes";

/** app/api/classes/[id]/route.ts → /api/classes/[id]; the catch-all 404 is not an endpoint. */
const routeFiles = readdirSync("app/api", { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith("route.ts") && !f.includes("[..."))
  .map((f) => ({ file: path.join("app/api", f), path: `/api/${path.dirname(f).split(path.sep).join("/")}` }));

describe("the route manifest", () => {
  it("declares every route handler under app/api, and nothing else", () => {
    expect(routeFiles.map((r) => r.path).sort()).toEqual(Object.keys(API_ROUTES).sort());
  });

  it.each(routeFiles)(
    "$path exports its declared methods and refuses the others from it",
    ({ file, path }) => {
      const source = readFileSync(file, "utf8");
      expect(source).toContain(`refusedMethods("${path}")`);
      for (const method of Object.keys(API_ROUTES[path as ApiPath]))
        expect(source, method).toMatch(new RegExp(`export (async function|function|const) ${method}\\b`));
    },
  );

  it("reads each body with a size limit, and its example is valid", () => {
    for (const [path, operations] of Object.entries(API_ROUTES))
      for (const [method, op] of Object.entries(operations)) {
        if (!("body" in op)) continue;
        expect(op.maxBytes, `${method} ${path}`).toBeGreaterThan(0);
        // The join code is made at run time; its schema is checked by the service (see the route).
        if (path === "/api/classes/join") continue;
        const parsed = op.body.safeParse(op.example);
        expect(parsed.error?.issues ?? [], `${method} ${path}`).toEqual([]);
      }
  });

  it("answers other methods with 405, naming the allowed ones", async () => {
    expect(allowedMethods("/api/comparisons/[slug]")).toEqual(["GET", "HEAD", "PATCH", "DELETE"]);
    const refused = refusedMethods("/api/comparisons/[slug]");
    expect(Object.keys(refused).sort()).toEqual(["POST", "PUT"]);
    const response = refused.POST();
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, PATCH, DELETE");
    expect(await response.json()).toEqual({
      error: "Method not allowed. This endpoint accepts: GET, HEAD, PATCH, DELETE.",
    });
  });
});
