/** Request bodies as trees, for the fuzzer (scripts/fuzz-api.ts). */

/**
 * Bodies are built as a tree, not as JS objects: an object is a list of entries, so it can hold a key
 * twice or a literal `__proto__` key (assigning one to a JS object would set its prototype instead), and
 * huge strings and deep nesting stay small placeholders until the request is sent.
 */
export type Node =
  | { t: "v"; v: null | boolean | number | string }
  | { t: "a"; v: Node[] }
  | { t: "o"; v: [string, Node][] }
  | { t: "huge"; n: number; unit: string }
  | { t: "deep"; n: number; open: "[" | "{" };

export function toNode(value: unknown): Node {
  if (Array.isArray(value)) return { t: "a", v: value.map(toNode) };
  if (value !== null && typeof value === "object")
    return { t: "o", v: Object.entries(value).map(([k, v]) => [k, toNode(v)]) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean" || value === null)
    return { t: "v", v: value };
  return { t: "v", v: null };
}

export function serialize(node: Node): string {
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
export function slots(root: Node): { node: Node; set: (n: Node) => void; parent?: Node }[] {
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
