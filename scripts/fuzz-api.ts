/**
 * `npm run fuzz:api`: 10,000 random and mutated requests against every API route and method; the bar
 * (BRIEF.md, "bad input") is zero 5xx.
 *
 * Serves the production build itself (`next start` on a free port with a fresh PARALLAX_DATA_DIR, so no
 * one's data is touched) unless BASE_URL names a running server. Requests come from fast-check with a
 * printed seed: `--seed N` replays a run, `--seed N --index I` replays one request of it. Each request is
 * a valid one for its route, mutated (fields dropped, duplicated or retyped, huge strings, deep nesting,
 * unicode and NUL bytes, prototype keys), or random JSON, invalid JSON, an empty body, a wrong content
 * type, bogus tokens or a huge Content-Length. Prints status counts per route, the throughput and every
 * 5xx with its request; writes all of it to bench-results/fuzz.json. Exits 1 on any 5xx or dropped
 * connection (a crash looks like one), 2 when it could not run.
 *
 * Flags: --seed N, --index I, --runs N (10,000), --concurrency N (16).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { findFreePort, type Server, startServer } from "./bench/server";

// ---------------------------------------------------------------- options

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function intFlag(name: string, fallback: number): number {
  const raw = flag(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`--${name} must be an integer, got ${raw}`);
  return n;
}

const SEED = intFlag("seed", Date.now() % 2 ** 31);
const RUNS = intFlag("runs", 10_000);
const CONCURRENCY = intFlag("concurrency", 16);
const ONLY = flag("index") === undefined ? undefined : intFlag("index", 0);
const TIMEOUT_MS = 30_000;
const LYING_TIMEOUT_MS = 5_000;
const OUT = "bench-results/fuzz.json";
const SEED_SLUG = "israel-russia";

const log = (message: string) => process.stderr.write(`[fuzz] ${message}\n`);

// ---------------------------------------------------------------- JSON with duplicate and prototype keys

/**
 * Bodies are built as a tree, not as JS objects: an object is a list of entries, so it can hold a key
 * twice or a literal `__proto__` key (assigning one to a JS object would set its prototype instead), and
 * huge strings and deep nesting stay small placeholders until the request is sent.
 */
type Node =
  | { t: "v"; v: null | boolean | number | string }
  | { t: "a"; v: Node[] }
  | { t: "o"; v: [string, Node][] }
  | { t: "huge"; n: number; unit: string }
  | { t: "deep"; n: number; open: "[" | "{" };

function toNode(value: unknown): Node {
  if (Array.isArray(value)) return { t: "a", v: value.map(toNode) };
  if (value !== null && typeof value === "object")
    return { t: "o", v: Object.entries(value).map(([k, v]) => [k, toNode(v)]) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value === null)
    return { t: "v", v: value };
  return { t: "v", v: null };
}

function serialize(node: Node): string {
  switch (node.t) {
    case "v":
      // JSON has no NaN or Infinity; JSON.stringify writes null, which is what a client would send.
      return JSON.stringify(node.v);
    case "a":
      return `[${node.v.map(serialize).join(",")}]`;
    case "o":
      return `{${node.v.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`).join(",")}}`;
    case "huge":
      return JSON.stringify(node.unit.repeat(Math.ceil(node.n / node.unit.length)));
    case "deep":
      return node.open === "["
        ? `${"[".repeat(node.n)}${"]".repeat(node.n)}`
        : `${'{"a":'.repeat(node.n)}1${"}".repeat(node.n)}`;
  }
}

/** Every container and value in the tree, with a setter to replace it: the places a mutation can hit. */
function slots(root: Node): { node: Node; set: (n: Node) => void; parent?: Node }[] {
  const out: { node: Node; set: (n: Node) => void; parent?: Node }[] = [];
  const walk = (node: Node, set: (n: Node) => void, parent?: Node) => {
    out.push({ node, set, ...(parent ? { parent } : {}) });
    if (node.t === "a") {
      for (const [i, child] of node.v.entries())
        walk(
          child,
          (n) => {
            node.v[i] = n;
          },
          node,
        );
    }
    if (node.t === "o") {
      for (const [i, [key, child]] of node.v.entries())
        walk(
          child,
          (n) => {
            node.v[i] = [key, n];
          },
          node,
        );
    }
  };
  walk(root, () => {});
  return out;
}

// ---------------------------------------------------------------- mutations

const UNICODE_SAMPLES = [
  "\u0000",
  "a\u0000b",
  "\ud800", // a lone surrogate: valid JSON (escaped), not valid UTF-16 text
  "\u202e\u202d",
  "👩🏽‍🏫",
  "ﷺ",
  "\uFEFF",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
  "\r\nSet-Cookie: x=1",
];
const PROTO_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "__defineGetter__",
];

const scalarArb: fc.Arbitrary<Node> = fc.oneof(
  fc.constantFrom<Node>(
    { t: "v", v: null },
    { t: "v", v: true },
    { t: "v", v: false },
    { t: "v", v: 0 },
    { t: "v", v: -1 },
    { t: "v", v: 1e308 },
    { t: "v", v: -0 },
    { t: "v", v: 2 ** 53 + 1 },
    { t: "v", v: "" },
  ),
  fc.double().map((v): Node => ({ t: "v", v })),
  fc.string({ unit: "binary", maxLength: 40 }).map((v): Node => ({ t: "v", v })),
  fc.constantFrom(...UNICODE_SAMPLES).map((v): Node => ({ t: "v", v })),
);
const randomJsonArb: fc.Arbitrary<Node> = fc
  .jsonValue({ maxDepth: 3 })
  .map(toNode)
  .chain((n) => fc.oneof(fc.constant(n), scalarArb));

type Mutation =
  | { op: "drop"; at: number }
  | { op: "duplicate"; at: number }
  | { op: "retype"; at: number; value: Node }
  | { op: "huge"; at: number; n: number; unit: string }
  | { op: "deep"; at: number; n: number; open: "[" | "{" }
  | { op: "unicode"; at: number; value: string }
  | { op: "proto"; at: number; key: string; value: Node }
  | { op: "extra"; at: number; key: string; value: Node };

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  w(3, fc.record({ op: fc.constant("drop" as const), at: fc.nat() })),
  w(2, fc.record({ op: fc.constant("duplicate" as const), at: fc.nat() })),
  w(3, fc.record({ op: fc.constant("retype" as const), at: fc.nat(), value: randomJsonArb })),
  // Rarer, as they cost megabytes each: around and beyond the limits (256 K texts, 2 MiB uploads, 3 MB bodies).
  w(
    1,
    fc.record({
      op: fc.constant("huge" as const),
      at: fc.nat(),
      n: fc.oneof(
        w(4, fc.constantFrom(1_000, 10_000, 100_000)),
        w(2, fc.constantFrom(262_145, 300_000)),
        w(1, fc.constantFrom(1_100_000, 3_500_000)),
      ),
      unit: fc.constantFrom("a", "é", "😀", "\u0000", "<b>x</b>", " ", "\n"),
    }),
  ),
  w(
    1,
    fc.record({
      op: fc.constant("deep" as const),
      at: fc.nat(),
      n: fc.constantFrom(100, 5_000, 100_000),
      open: fc.constantFrom("[" as const, "{" as const),
    }),
  ),
  w(
    2,
    fc.record({
      op: fc.constant("unicode" as const),
      at: fc.nat(),
      value: fc.constantFrom(...UNICODE_SAMPLES),
    }),
  ),
  w(
    2,
    fc.record({
      op: fc.constant("proto" as const),
      at: fc.nat(),
      key: fc.constantFrom(...PROTO_KEYS),
      value: fc.constantFrom<Node>(
        { t: "o", v: [["polluted", { t: "v", v: true }]] },
        { t: "o", v: [["prototype", { t: "o", v: [["polluted", { t: "v", v: true }]] }]] },
        { t: "v", v: null },
        { t: "v", v: "x" },
      ),
    }),
  ),
  w(
    1,
    fc.record({
      op: fc.constant("extra" as const),
      at: fc.nat(),
      key: fc.string({ maxLength: 12 }),
      value: randomJsonArb,
    }),
  ),
);

function mutate(body: unknown, mutations: Mutation[]): Node {
  const root = toNode(structuredClone(body));
  for (const original of mutations) {
    // A copy per mutation: fast-check hands the same constant nodes to many requests (and to two
    // mutations of one request); mutated in place, a node could end up containing itself.
    const m = structuredClone(original);
    const all = slots(root);
    const slot = all[m.at % all.length];
    if (!slot) continue;
    const objects = all.filter((s) => s.node.t === "o");
    const object = objects[m.at % Math.max(1, objects.length)]?.node;
    switch (m.op) {
      case "drop":
        if (object?.t === "o" && object.v.length > 0) object.v.splice(m.at % object.v.length, 1);
        break;
      case "duplicate":
        if (object?.t === "o" && object.v.length > 0) {
          const entry = object.v[m.at % object.v.length];
          if (entry) object.v.push([entry[0], { t: "v", v: 1 }]);
        }
        if (slot.node.t === "a") slot.node.v.push(...slot.node.v);
        break;
      case "retype":
        slot.set(m.value);
        break;
      case "huge":
        slot.set({ t: "huge", n: m.n, unit: m.unit });
        break;
      case "deep":
        slot.set({ t: "deep", n: m.n, open: m.open });
        break;
      case "unicode":
        slot.set({
          t: "v",
          v: slot.node.t === "v" && typeof slot.node.v === "string" ? slot.node.v + m.value : m.value,
        });
        break;
      case "proto":
      case "extra":
        if (object?.t === "o") object.v.push([m.key, m.value]);
        else slot.set({ t: "o", v: [[m.key, m.value]] });
        break;
    }
  }
  return root;
}

// ---------------------------------------------------------------- routes

/**
 * Placeholders filled at send time with what setup created (an import, a class and its tokens), so a
 * seed describes the same requests on every run while the ids differ.
 */
const IMPORT = "{import}";
const DOOMED = "{doomed}"; // a second import, which DELETE may remove without starving the others
const CLASS = "{class}";
const TEACHER = "{teacher}";
const STUDENT = "{student}";
const JOIN = "{joincode}";

const METHODS = ["GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS"] as const;
type Method = (typeof METHODS)[number];

interface Route {
  /** Path with `{slug}`, `{id}` or `{passageId}` holes. */
  template: string;
  /** Methods the route implements (the others must answer 405 or 404, never 5xx). */
  methods: Method[];
  /** A valid body per method, to mutate. */
  bodies?: Partial<Record<Method, unknown>>;
  /** Which token a valid request carries. */
  auth?: "teacher" | "student";
}

const text = (topic: string) =>
  `The council voted on the ${topic} on Tuesday. "It is a good day," said the mayor, Ana Ruiz. ` +
  `Critics said the ${topic} costs too much. The budget is 3 million euros.\n\n` +
  `Work starts in May, officials said. Residents are divided.`;
const IMPORT_BODY = {
  title: "Fuzz import",
  description: "Two short texts.",
  documents: [
    {
      title: "Report",
      outlet: "Daily",
      genre: "news",
      publishedAt: "2024-03-01",
      url: null,
      text: text("bridge"),
    },
    {
      title: "Column",
      outlet: "Weekly",
      genre: "opinion",
      publishedAt: null,
      url: "https://example.org/a",
      text: text("bridge plan"),
    },
  ],
  topics: [{ id: "cost", label: "Cost", keywords: ["budget", "euros"] }],
};
const CORRECTION = {
  topics: [{ id: "cost", label: "Cost" }],
  passages: { "doc-1-p1": ["cost"], "doc-2-p1": ["cost"] },
  links: [{ source: "doc-1-p1", target: "doc-2-p1", score: 1 }],
};
const ALIGN_BODY = {
  documents: [
    { title: "A", text: text("bridge") },
    { title: "B", text: text("tunnel") },
  ],
  topics: [{ id: "cost", label: "Cost", keywords: ["budget"] }],
};
const EXTRACT_BODY = {
  name: "page.html",
  content:
    "<html><head><title>T</title></head><body><article><h1>T</h1><p>One paragraph.</p></article></body></html>",
};
const CLASS_BODY = {
  comparison: SEED_SLUG,
  title: "Period 3",
  topics: ["un-votes"],
  prompts: [{ id: "p1", topic: "un-votes", text: "Who is quoted?" }],
  labels: [{ id: "fact", label: "Fact" }],
};

const ROUTES: Route[] = [
  { template: "/api/comparisons", methods: ["GET", "POST"], bodies: { POST: IMPORT_BODY } },
  { template: "/api/comparisons/{slug}", methods: ["GET", "PATCH", "DELETE"], bodies: { PATCH: CORRECTION } },
  { template: "/api/comparisons/{slug}/cues", methods: ["GET"] },
  { template: "/api/comparisons/{slug}/framing", methods: ["GET"] },
  { template: "/api/comparisons/{slug}/key", methods: ["POST"] },
  { template: "/api/comparisons/{slug}/passages", methods: ["GET"] },
  { template: "/api/align", methods: ["POST"], bodies: { POST: ALIGN_BODY } },
  { template: "/api/import/extract", methods: ["POST"], bodies: { POST: EXTRACT_BODY } },
  { template: "/api/health", methods: ["GET"] },
  { template: "/api/ready", methods: ["GET"] },
  // The class activity API (README, "Class activities").
  { template: "/api/classes", methods: ["POST"], bodies: { POST: CLASS_BODY } },
  { template: "/api/classes/join", methods: ["POST"], bodies: { POST: { joinCode: JOIN, name: "Sam" } } },
  {
    template: "/api/classes/{id}",
    methods: ["GET", "PATCH", "DELETE"],
    bodies: { PATCH: { open: false } },
    auth: "teacher",
  },
  { template: "/api/classes/{id}/me", methods: ["GET"], auth: "student" },
  {
    template: "/api/classes/{id}/responses",
    methods: ["POST"],
    bodies: { POST: { passageId: "news-p1", label: "fact", note: "n", clientId: "client-0001" } },
    auth: "student",
  },
  { template: "/api/classes/{id}/responses/{passageId}", methods: ["DELETE"], auth: "student" },
  {
    template: "/api/classes/{id}/answers",
    methods: ["POST"],
    bodies: { POST: { promptId: "p1", text: "The analysts.", clientId: "client-0002" } },
    auth: "student",
  },
  { template: "/api/classes/{id}/dashboard", methods: ["GET"], auth: "teacher" },
  { template: "/api/classes/{id}/responses.csv", methods: ["GET"], auth: "teacher" },
  { template: "/api/classes/{id}/answers.csv", methods: ["GET"], auth: "teacher" },
  { template: "/api/{unknown}", methods: [] },
];

/** encodeURIComponent throws on lone surrogates, which a URL cannot carry anyway. */
const encodeSegment = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "x"));

/** Path segments: the real ones most of the time, else hostile. Already URL-encoded where needed. */
const hostileSegmentArb = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length > 0 && s.length < 120),
  fc.constantFrom(
    "..",
    "%2e%2e",
    "..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e%2f%2e%2e%2fpackage.json",
    "..%5c..%5cwindows",
    "%00",
    "a%00b",
    "%ff%fe",
    "%c0%ae%c0%ae",
    "%",
    "%zz",
    "CON",
    ".env",
    "__proto__",
    "constructor",
    "israel-russia%2f..%2fisrael-russia",
    "ISRAEL-RUSSIA",
    "israel-russia.json",
    "israel-russia;",
    "-",
    "a--b",
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).map(encodeSegment),
  fc.string({ unit: "binary", minLength: 1, maxLength: 20 }).map(encodeSegment),
  fc.integer({ min: 200, max: 20_000 }).map((n) => "a".repeat(n)),
);
const slugArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(SEED_SLUG, IMPORT, DOOMED) },
  { weight: 2, arbitrary: hostileSegmentArb },
);
const idArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(CLASS) },
  { weight: 2, arbitrary: hostileSegmentArb },
);
const passageArb = fc.oneof(fc.constantFrom("news-p1", "opinion-p3", "comment-9-p2"), hostileSegmentArb);
const unknownArb = fc.oneof(
  fc.constantFrom(
    "",
    "comparison",
    "comparisons/israel-russia/cues/x",
    "align/x",
    "import",
    "classes/x/y/z/w",
    "..%2fpackage.json",
  ),
  fc.array(hostileSegmentArb, { minLength: 1, maxLength: 4 }).map((s) => s.join("/")),
);

const queryArb = fc.oneof(
  { weight: 8, arbitrary: fc.constant("") },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 30 }).map((s) => `?${encodeURIComponent(s)}=${encodeURIComponent(s)}`),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "?__proto__[polluted]=1",
      "?constructor.prototype.x=1",
      `?q=${"x".repeat(5000)}`,
    ),
  },
);

type BodyKind = "valid" | "mutated" | "random-json" | "invalid-json" | "empty" | "none" | "binary";
const invalidJsonArb = fc.oneof(
  fc.constantFrom(
    "{",
    "}",
    "[1,]",
    "{'a':1}",
    "NaN",
    "undefined",
    '{"a":1}{"b":2}',
    "\u0000",
    "null",
    '"',
    '{"a":"\\u00"}',
  ),
  fc.string({ maxLength: 200 }),
);

type HeaderPlan = {
  contentType: string | null;
  auth: "valid" | "other" | "bogus" | "none";
  /** The whole Authorization value when auth is "bogus". */
  bogus: string;
  hugeLength: boolean;
  extra: [string, string][];
};
const headerArb: fc.Arbitrary<HeaderPlan> = fc.record({
  contentType: fc.oneof(
    { weight: 6, arbitrary: fc.constant("application/json") },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        null,
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=utf-16",
        "application/json; charset=latin1",
        "application/xml",
        "*/*",
        "",
        "application/json, text/html",
      ),
    },
  ),
  auth: fc.constantFrom("valid", "valid", "valid", "other", "bogus", "none"),
  bogus: fc.oneof(
    fc.constantFrom(
      "",
      "Bearer",
      "Bearer ",
      "bearer abc",
      "Basic dXNlcjpwYXNz",
      "Bearer null",
      "Bearer a.b.c",
      `Bearer ${"x".repeat(10_000)}`,
      "Bearer ' OR 1=1 --",
      "Bearer ../../etc/passwd",
      "Bearer Bearer x",
    ),
    fc.stringMatching(/^[\x21-\x7e]{1,200}$/).map((t) => `Bearer ${t}`),
  ),
  hugeLength: fc.nat({ max: 7 }).map((n) => n === 0),
  extra: fc.array(
    fc.tuple(
      fc.constantFrom(
        "x-forwarded-for",
        "x-forwarded-host",
        "if-none-match",
        "accept",
        "accept-encoding",
        "origin",
        "range",
        "x-http-method-override",
        "cookie",
        "x-nonce",
        "content-security-policy",
      ),
      fc.stringMatching(/^[\x20-\x7e]{0,100}$/),
    ),
    { maxLength: 3 },
  ),
});

interface Plan {
  route: number;
  /** "own": one of the route's methods, picked by methodPick. */
  method: Method | "own";
  methodPick: number;
  slug: string;
  id: string;
  passageId: string;
  unknown: string;
  query: string;
  bodyKind: BodyKind;
  mutations: Mutation[];
  randomJson: Node;
  invalidJson: string;
  headers: HeaderPlan;
}

const planArb: fc.Arbitrary<Plan> = fc.record({
  route: fc.nat({ max: ROUTES.length - 1 }),
  // The route's own methods twice as often as the rest.
  method: fc.oneof(
    { weight: 2, arbitrary: fc.constant("own" as const) },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
  ),
  methodPick: fc.nat(),
  slug: slugArb,
  id: idArb,
  passageId: passageArb,
  unknown: unknownArb,
  query: queryArb,
  bodyKind: fc.constantFrom<BodyKind>(
    "valid",
    "mutated",
    "mutated",
    "mutated",
    "mutated",
    "random-json",
    "invalid-json",
    "empty",
    "none",
    "binary",
  ),
  mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
  randomJson: randomJsonArb,
  invalidJson: invalidJsonArb,
  headers: headerArb,
});

// ---------------------------------------------------------------- materialising a request

interface Context {
  importSlug: string;
  doomedSlug: string;
  classId: string;
  teacherToken: string;
  studentToken: string;
  joinCode: string;
}

interface Built {
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
    .replaceAll(TEACHER, ctx.teacherToken)
    .replaceAll(STUDENT, ctx.studentToken)
    .replaceAll(JOIN, ctx.joinCode);
}

function build(plan: Plan, ctx: Context): Built {
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
      .replace("{unknown}", plan.unknown),
    ctx,
  );

  const valid = route.bodies?.[method] ?? Object.values(route.bodies ?? {})[0] ?? {};
  let body: Buffer | null;
  switch (plan.bodyKind) {
    case "valid":
      body = Buffer.from(fill(JSON.stringify(valid), ctx));
      break;
    case "mutated":
      body = Buffer.from(fill(serialize(mutate(valid, plan.mutations)), ctx));
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
  const token =
    plan.headers.auth === "valid"
      ? route.auth === "student"
        ? ctx.studentToken
        : ctx.teacherToken
      : plan.headers.auth === "other"
        ? route.auth === "student"
          ? ctx.teacherToken
          : ctx.studentToken
        : null;
  if (plan.headers.auth === "bogus") headers.authorization = plan.headers.bogus;
  else if (token !== null) headers.authorization = `Bearer ${token}`;
  if (body !== null) headers["content-length"] = String(body.length);
  // A declared length far beyond what is sent: a body-reading route must refuse it from the header alone.
  if (plan.headers.hugeLength && body !== null) headers["content-length"] = "99999999999";
  return { route: route.template, method, path: path + plan.query, headers, body, bodyKind: plan.bodyKind };
}

// ---------------------------------------------------------------- sending

interface Outcome {
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

const keepAlive = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(base: URL, req: Built): Promise<Outcome> {
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
        agent: lying ? false : keepAlive,
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
async function setup(base: URL): Promise<Context> {
  const a = await json(base, "POST", "/api/comparisons", IMPORT_BODY);
  const b = await json(base, "POST", "/api/comparisons", IMPORT_BODY);
  if (a.status !== 201 || b.status !== 201)
    throw new Error(`could not create imports (${a.status}, ${b.status})`);
  const ctx: Context = {
    importSlug: String(a.value.slug),
    doomedSlug: String(b.value.slug),
    classId: "no-class",
    teacherToken: "t".repeat(43),
    studentToken: "s".repeat(43),
    joinCode: "ABCD-EFGH",
  };
  const created = await json(base, "POST", "/api/classes", CLASS_BODY);
  if (created.status === 201) {
    ctx.classId = String(created.value.id);
    ctx.teacherToken = String(created.value.teacherToken);
    ctx.joinCode = String(created.value.joinCode);
    const joined = await json(base, "POST", "/api/classes/join", { joinCode: ctx.joinCode, name: "Fuzz" });
    if (joined.status === 201) ctx.studentToken = String(joined.value.studentToken);
    log(`class ${ctx.classId} created, student joined: ${joined.status}`);
  } else log(`POST /api/classes answered ${created.status}: class routes get made-up ids and tokens`);
  return ctx;
}

// ---------------------------------------------------------------- running

interface Failure {
  index: number;
  status: Outcome["status"];
  route: string;
  method: Method;
  path: string;
  headers: Record<string, string>;
  bodyKind: BodyKind;
  bodyBytes: number;
  bodySha256: string | null;
  bodyPreview: string | null;
  response: string;
  error?: string;
  replay: string;
}

function describe(index: number, req: Built, out: Outcome): Failure {
  const preview = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…(${s.length} chars)` : s);
  return {
    index,
    status: out.status,
    route: req.route,
    method: req.method,
    path: preview(req.path),
    headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, preview(v)])),
    bodyKind: req.bodyKind,
    bodyBytes: req.body?.length ?? 0,
    bodySha256: req.body ? createHash("sha256").update(req.body).digest("hex") : null,
    bodyPreview: req.body ? preview(req.body.toString("utf8", 0, 2000)) : null,
    response: out.body,
    ...(out.error ? { error: out.error } : {}),
    replay: `npm run fuzz:api -- --seed ${SEED} --index ${index}`,
  };
}

async function withServer<T>(run: (base: URL) => Promise<T>): Promise<T> {
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

async function main(): Promise<number> {
  log(
    `seed ${SEED} (replay: npm run fuzz:api -- --seed ${SEED}), ${RUNS} requests, concurrency ${CONCURRENCY}`,
  );
  const plans = fc.sample(planArb, { seed: SEED, numRuns: RUNS });
  const indices = ONLY === undefined ? plans.map((_, i) => i) : [ONLY];

  return withServer(async (base) => {
    const ctx = await setup(base);
    const statuses = new Map<string, number>();
    const perRoute = new Map<string, Map<string, number>>();
    const failures: Failure[] = [];
    const missingHeaders = new Map<string, number>();
    const unknownOk: string[] = [];
    let next = 0;
    let finished = 0;
    const started = performance.now();
    const latencies: number[] = [];

    const worker = async () => {
      for (;;) {
        const i = next++;
        if (i >= indices.length) return;
        const index = indices[i] ?? 0;
        const plan = plans[index];
        if (!plan) throw new Error(`no request ${index} in this seed's ${RUNS}`);
        const req = build(plan, ctx);
        const out = await send(base, req);
        latencies.push(out.ms);
        const status = String(out.status);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const key = `${req.method} ${req.route}`;
        const row = perRoute.get(key) ?? new Map<string, number>();
        row.set(status, (row.get(status) ?? 0) + 1);
        perRoute.set(key, row);
        if (out.missingHeaders) missingHeaders.set(status, (missingHeaders.get(status) ?? 0) + 1);
        // An unknown API path answering 2xx could be a route reached by traversal or aliasing: listed for a
        // look. (OPTIONS answers 204 everywhere: Next implements it for every route handler.)
        if (
          req.route === "/api/{unknown}" &&
          req.method !== "OPTIONS" &&
          typeof out.status === "number" &&
          out.status < 300
        )
          unknownOk.push(`${req.method} ${req.path.slice(0, 120)} → ${out.status} ${out.body.slice(0, 60)}`);
        if (
          out.status === "timeout" ||
          out.status === "error" ||
          (typeof out.status === "number" && out.status >= 500)
        ) {
          failures.push(describe(index, req, out));
          log(`${status} ${req.method} ${req.path.slice(0, 120)} (#${index})`);
        }
        if (ONLY !== undefined) console.log(JSON.stringify({ request: describe(index, req, out) }, null, 2));
        if (++finished % 1000 === 0) log(`${finished}/${indices.length}`);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, indices.length) }, worker));
    const seconds = (performance.now() - started) / 1000;
    keepAlive.destroy();

    latencies.sort((x, y) => x - y);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
    const sortedStatuses = Object.fromEntries([...statuses].sort(([a], [b]) => a.localeCompare(b)));
    const routes = Object.fromEntries(
      [...perRoute]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, m]) => [k, Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)))]),
    );
    const result = {
      date: new Date().toISOString(),
      seed: SEED,
      requests: indices.length,
      concurrency: CONCURRENCY,
      seconds: Number(seconds.toFixed(1)),
      perSecond: Number((indices.length / seconds).toFixed(1)),
      latencyMs: {
        p50: Number(pct(0.5).toFixed(1)),
        p99: Number(pct(0.99).toFixed(1)),
        max: Number(pct(1).toFixed(1)),
      },
      statuses: sortedStatuses,
      /** By status: Node's own 431 and Next's trailing-slash 308 are answered before any app code runs. */
      missingSecurityHeaders: Object.fromEntries(missingHeaders),
      unknownPathsAnswered2xx: unknownOk,
      routes,
      failures,
    };

    console.log(
      `\nseed ${SEED}: ${indices.length} requests in ${result.seconds} s (${result.perSecond}/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms)`,
    );
    console.log(
      `statuses: ${Object.entries(sortedStatuses)
        .map(([s, n]) => `${s}×${n}`)
        .join("  ")}`,
    );
    console.log(
      `responses without the security headers, by status: ${JSON.stringify(Object.fromEntries(missingHeaders))}`,
    );
    for (const line of unknownOk) console.log(`unknown path answered 2xx: ${line}`);
    const width = Math.max(...Object.keys(routes).map((k) => k.length));
    for (const [k, m] of Object.entries(routes))
      console.log(
        `  ${k.padEnd(width)}  ${Object.entries(m)
          .map(([s, n]) => `${s}×${n}`)
          .join("  ")}`,
      );
    if (failures.length > 0) {
      console.log(`\n${failures.length} failures (5xx, timeouts, dropped connections):`);
      for (const f of failures)
        console.log(
          `  #${f.index} ${f.status} ${f.method} ${f.path} [${f.bodyKind}, ${f.bodyBytes} B] → ${f.response.slice(0, 200)}`,
        );
    } else console.log("\nno 5xx");
    if (ONLY === undefined) {
      mkdirSync(path.dirname(OUT), { recursive: true });
      writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
      log(`written to ${OUT}`);
    }
    return failures.length > 0 ? 1 : 0;
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `fuzz:api could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(2);
  },
);
