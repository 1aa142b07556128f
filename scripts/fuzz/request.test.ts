import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { API_ROUTES } from "../../lib/api/routes";
import { serialize, toNode } from "./json-tree";
import { type Plan, planArb } from "./plans";
import { build, type Context } from "./request";
import { CLASS, DOOMED, ROUTES, STUDENT_ID } from "./routes";

const ctx: Context = {
  importSlug: "imp-1",
  doomedSlug: "imp-2",
  classId: "class-1",
  teacherToken: "teacher",
  studentToken: "student",
  joinCode: "ABC234",
  editKey: "edit-key",
  doomedStudentId: "student-2",
};
const [sample] = fc.sample(planArb, { seed: 7, numRuns: 1 });
const plan = (route: string, patch: Partial<Plan>): Plan => ({
  ...(sample as Plan),
  route: ROUTES.findIndex((r) => r.template === route),
  method: "own",
  methodPick: 0,
  query: "",
  bodyKind: "valid",
  headers: { ...(sample as Plan).headers, auth: "valid", bogus: "", hugeLength: false, extra: [] },
  ...patch,
});

describe("the fuzzer's requests", () => {
  it("cover every route of the manifest, and unknown paths", () => {
    const templates = ROUTES.map((r) => r.template);
    for (const path of Object.keys(API_ROUTES))
      expect(templates).toContain(path.replace(/\[(\w+)\]/g, "{$1}"));
    expect(templates).toContain("/api/{unknown}");
  });

  it("send a route's example body with the credential it declares", () => {
    const patch = build(plan("/api/comparisons/{slug}", { method: "PATCH", slug: DOOMED }), ctx);
    expect(patch.path).toBe("/api/comparisons/imp-2");
    expect(patch.headers.authorization).toBe("Bearer edit-key");
    expect(JSON.parse(patch.body?.toString() ?? "")).toEqual(
      API_ROUTES["/api/comparisons/[slug]"].PATCH.example,
    );
    const removal = build(
      plan("/api/classes/{id}/students/{studentId}", { method: "DELETE", id: CLASS, studentId: STUDENT_ID }),
      ctx,
    );
    expect([removal.method, removal.path, removal.headers.authorization]).toEqual([
      "DELETE",
      "/api/classes/class-1/students/student-2",
      "Bearer teacher",
    ]);
    const tag = build(plan("/api/classes/{id}/responses", { id: CLASS }), ctx);
    expect(tag.headers.authorization).toBe("Bearer student");
  });

  it("write bodies as JSON, duplicate and prototype keys kept", () => {
    expect(serialize(toNode({ a: [1, "x", null] }))).toBe('{"a":[1,"x",null]}');
    expect(
      serialize({
        t: "o",
        v: [
          ["__proto__", { t: "v", v: 1 }],
          ["a", { t: "v", v: 2 }],
          ["a", { t: "v", v: 3 }],
        ],
      }),
    ).toBe('{"__proto__":1,"a":2,"a":3}');
  });
});
