/** A plan (./plans.ts) made into the request it describes, with what setup created filled in. */
import { serialize } from "./json-tree";
import { mutate } from "./mutations";
import type { BodyKind, Plan } from "./plans";
import { CLASS, DOOMED, IMPORT, JOIN, type Method, ROUTES, STUDENT_ID } from "./routes";

export interface Context {
  importSlug: string;
  doomedSlug: string;
  classId: string;
  teacherToken: string;
  studentToken: string;
  joinCode: string;
  /** The doomed import's edit key. */
  editKey: string;
  /** A second student of the class, whom DELETE …/students/{studentId} may remove. */
  doomedStudentId: string;
}

export interface Built {
  route: string;
  method: Method;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
  bodyKind: BodyKind;
}

function fill(value: string, ctx: Context): string {
  return value
    .replaceAll(IMPORT, ctx.importSlug)
    .replaceAll(DOOMED, ctx.doomedSlug)
    .replaceAll(CLASS, ctx.classId)
    .replaceAll(STUDENT_ID, ctx.doomedStudentId)
    .replaceAll(JOIN, ctx.joinCode);
}

export function build(plan: Plan, ctx: Context): Built {
  const route = ROUTES[plan.route] ?? ROUTES[0];
  if (!route) throw new Error("no routes");
  const method: Method =
    plan.method === "own"
      ? (route.methods[plan.methodPick % Math.max(1, route.methods.length)] ?? "GET")
      : plan.method;
  const path = fill(
    route.template
      .replace("{slug}", plan.slug)
      .replace("{id}", plan.id)
      .replace("{passageId}", plan.passageId)
      .replace("{studentId}", plan.studentId)
      .replace("{unknown}", plan.unknown),
    ctx,
  );

  const example = route.bodies[method] ?? Object.values(route.bodies)[0] ?? {};
  let body: Buffer | null;
  switch (plan.bodyKind) {
    case "valid":
      body = Buffer.from(fill(JSON.stringify(example), ctx));
      break;
    case "mutated":
      body = Buffer.from(fill(serialize(mutate(example, plan.mutations)), ctx));
      break;
    case "random-json":
      body = Buffer.from(serialize(plan.randomJson));
      break;
    case "invalid-json":
      body = Buffer.from(plan.invalidJson);
      break;
    case "binary":
      // Not UTF-8: a lone continuation byte, an overlong NUL and a BOM for another encoding.
      body = Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x80, 0xc0, 0x80, 0x7d]);
      break;
    case "empty":
      body = Buffer.alloc(0);
      break;
    case "none":
      body = null;
      break;
  }
  // A body on GET/HEAD is legal HTTP, if odd; servers must cope. Keep it for some, as a client might.
  if ((method === "GET" || method === "HEAD") && plan.mutations.length === 1) body = null;

  const headers: Record<string, string> = {};
  for (const [k, v] of plan.headers.extra) headers[k] = v;
  if (plan.headers.contentType !== null && body !== null) headers["content-type"] = plan.headers.contentType;
  const auth = route.auth[method];
  const valid = auth === "student" ? ctx.studentToken : auth === "edit key" ? ctx.editKey : ctx.teacherToken;
  const other = auth === "student" ? ctx.teacherToken : ctx.studentToken;
  const token = plan.headers.auth === "valid" ? valid : plan.headers.auth === "other" ? other : null;
  if (plan.headers.auth === "bogus") headers.authorization = plan.headers.bogus;
  else if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== null) headers["content-length"] = String(body.length);
  // A declared length far beyond what is sent: a body-reading route must refuse it from the header alone.
  if (plan.headers.hugeLength && body !== null) headers["content-length"] = "99999999999";
  return { route: route.template, method, path: path + plan.query, headers, body, bodyKind: plan.bodyKind };
}
