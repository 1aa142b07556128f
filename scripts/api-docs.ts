/**
 * docs/api.md from the route manifest (lib/api/routes.ts): `npm run docs:api` writes it, and a test
 * fails while the file differs from what the manifest says.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import * as align from "../lib/align/schema";
import { API_ROUTES } from "../lib/api/routes";
import * as catalog from "../lib/catalog/schema";
import * as classroom from "../lib/classroom/schema";
import * as corpus from "../lib/corpus/input-schema";
import * as importing from "../lib/import/schema";

export const API_DOCS = "docs/api.md";

/** Each body schema by the module that owns it (the first to export it). */
const OWNERS: [string, Record<string, unknown>][] = [
  ["lib/corpus/input-schema.ts", corpus],
  ["lib/align/schema.ts", align],
  ["lib/catalog/schema.ts", catalog],
  ["lib/classroom/schema.ts", classroom],
  ["lib/import/schema.ts", importing],
];

function ownerOf(schema: unknown): string {
  for (const [file, module] of OWNERS)
    for (const [name, value] of Object.entries(module)) if (value === schema) return `\`${name}\` (${file})`;
  throw new Error("a body schema of lib/api/routes.ts is exported by none of the schema modules");
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en-US")} KB`;
const cell = (s: string) => s.replaceAll("|", "\\|");

export function apiDocs(): string {
  const rows: string[] = [];
  const examples: string[] = [];
  for (const [route, operations] of Object.entries(API_ROUTES))
    for (const [method, op] of Object.entries(operations)) {
      const body = "body" in op ? `${ownerOf(op.body)}, at most ${kb(op.maxBytes)}` : "";
      rows.push(`| \`${method} ${route}\` | ${op.auth} | ${body} | ${cell(op.answers)} |`);
      if ("example" in op)
        examples.push(`### ${method} ${route}\n\n\`\`\`json\n${JSON.stringify(op.example, null, 2)}\n\`\`\``);
    }
  return [
    "# The API",
    "",
    "Generated from `lib/api/routes.ts` by `npm run docs:api`; a test fails while this file differs.",
    'Every error is JSON, `{"error": "…"}` (a 400 adds `issues` naming each field); a method a route',
    "does not list answers 405 with `Allow`. `{slug}`, `{id}`: path segments. Tokens travel as",
    "`Authorization: Bearer <token>`: the edit key of an import, a teacher's or a student's token.",
    "",
    "| Route | Who | Body | Answers |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "## Example bodies",
    "",
    examples.join("\n\n"),
    "",
  ].join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/api-docs.ts")) {
  writeFileSync(API_DOCS, apiDocs());
  console.log(`written ${API_DOCS}`);
}
