/** Generators of whole requests: route, method, path segments, query, body kind and headers. */
import fc from "fast-check";
import type { Node } from "./json-tree";
import { type Mutation, mutationArb, randomJsonArb } from "./mutations";
import { CLASS, DOOMED, IMPORT, METHODS, type Method, ROUTES, SEED_SLUG, STUDENT_ID } from "./routes";

/** encodeURIComponent throws on lone surrogates, which a URL cannot carry anyway. */
export const encodeSegment = (s: string) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, "x"));

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
const studentIdArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant(STUDENT_ID) },
  { weight: 2, arbitrary: hostileSegmentArb },
);
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

export type BodyKind = "valid" | "mutated" | "random-json" | "invalid-json" | "empty" | "none" | "binary";
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

export type HeaderPlan = {
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

export interface Plan {
  route: number;
  /** "own": one of the route's methods, picked by methodPick. */
  method: Method | "own";
  methodPick: number;
  slug: string;
  id: string;
  passageId: string;
  studentId: string;
  unknown: string;
  query: string;
  bodyKind: BodyKind;
  mutations: Mutation[];
  randomJson: Node;
  invalidJson: string;
  headers: HeaderPlan;
}

export const planArb: fc.Arbitrary<Plan> = fc.record({
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
  studentId: studentIdArb,
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
