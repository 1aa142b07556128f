/** What the fuzzer does to a valid body: fields dropped, duplicated or retyped, huge, deep, odd text. */
import fc from "fast-check";
import { type Node, slots, toNode } from "./json-tree";

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
export const randomJsonArb: fc.Arbitrary<Node> = fc
  .jsonValue({ maxDepth: 3 })
  .map(toNode)
  .chain((n) => fc.oneof(fc.constant(n), scalarArb));

export type Mutation =
  | { op: "drop"; at: number }
  | { op: "duplicate"; at: number }
  | { op: "retype"; at: number; value: Node }
  | { op: "huge"; at: number; n: number; unit: string }
  | { op: "deep"; at: number; n: number; open: "[" | "{" }
  | { op: "unicode"; at: number; value: string }
  | { op: "proto"; at: number; key: string; value: Node }
  | { op: "extra"; at: number; key: string; value: Node };

const w = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });
export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
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

export function mutate(body: unknown, mutations: Mutation[]): Node {
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
