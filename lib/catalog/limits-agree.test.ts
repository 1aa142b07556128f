/**
 * One schema per shape: the preview (/api/align), the save (POST /api/comparisons), a correction
 * (PATCH) and storage accept and refuse at the same limits, because they are built from the same
 * field schemas (lib/corpus/input-schema.ts). A field redefined in one of them fails here.
 */
import { describe, expect, it } from "vitest";
import { alignRequestSchema } from "../align/schema";
import { alignmentCorrectionSchema, newComparisonSchema } from "../corpus/input-schema";
import { sampleImport } from "../db/fixtures";
import { DOCUMENT_COUNT, FIELD_LIMITS } from "../limits";
import { importRequestSchema } from "./schema";

const text = (n: number) => ({ title: "A title", outlet: "Outlet", genre: "news", text: `Text ${n}.` });
const importOf = (patch: object) => ({ title: "Two texts", documents: [text(1), text(2)], ...patch });
const ok = (schema: { safeParse: (v: unknown) => { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;
const firstDoc = sampleImport.documents[0] as (typeof sampleImport.documents)[number];
/** A string of `limit` characters must pass, one more must not: `check` says where. */
const atLimit = (limit: number, check: (value: string, expected: boolean) => void) => {
  check("x".repeat(limit), true);
  check("x".repeat(limit + 1), false);
};

describe("the same limits wherever a shape is parsed", () => {
  it("texts: from DOCUMENT_COUNT.min to .max in the preview, the save and storage", () => {
    const docs = (n: number) => Array.from({ length: n }, (_, i) => text(i));
    const stored = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...firstDoc,
        id: `d${i}`,
        passages: firstDoc.passages.map((p) => ({ ...p, id: `d${i}-${p.id}` })),
      }));
    for (const [n, expected] of [
      [DOCUMENT_COUNT.min - 1, false],
      [DOCUMENT_COUNT.min, true],
      [DOCUMENT_COUNT.max, true],
      [DOCUMENT_COUNT.max + 1, false],
    ] as const) {
      expect(ok(alignRequestSchema, { documents: docs(n) }), `preview of ${n}`).toBe(expected);
      expect(ok(importRequestSchema, importOf({ documents: docs(n) })), `save of ${n}`).toBe(expected);
      const store = { ...sampleImport, documents: stored(n), links: [] };
      expect(ok(newComparisonSchema, store), `store ${n}`).toBe(expected);
    }
  });

  it("a text's title: at most FIELD_LIMITS.documentTitle characters, saved or stored", () => {
    atLimit(FIELD_LIMITS.documentTitle, (title, expected) => {
      expect(ok(alignRequestSchema, { documents: [{ ...text(1), title }, text(2)] })).toBe(expected);
      expect(ok(importRequestSchema, importOf({ documents: [{ ...text(1), title }, text(2)] }))).toBe(
        expected,
      );
      const documents = [{ ...firstDoc, title }, ...sampleImport.documents.slice(1)];
      expect(ok(newComparisonSchema, { ...sampleImport, documents })).toBe(expected);
    });
  });

  it("a comparison's title: at most FIELD_LIMITS.comparisonTitle characters, saved or stored", () => {
    atLimit(FIELD_LIMITS.comparisonTitle, (title, expected) => {
      expect(ok(importRequestSchema, importOf({ title }))).toBe(expected);
      expect(ok(newComparisonSchema, { ...sampleImport, title })).toBe(expected);
    });
  });

  it("a topic label: at most FIELD_LIMITS.topicLabel characters, as a hint, a correction or stored", () => {
    atLimit(FIELD_LIMITS.topicLabel, (label, expected) => {
      const hints = [{ id: "un", label }];
      expect(ok(alignRequestSchema, { documents: [text(1), text(2)], topics: hints })).toBe(expected);
      expect(ok(importRequestSchema, importOf({ topics: hints }))).toBe(expected);
      const topics = sampleImport.topics.map((t) => ({ ...t, label }));
      expect(ok(newComparisonSchema, { ...sampleImport, topics })).toBe(expected);
      expect(ok(alignmentCorrectionSchema, { topics: [{ id: "un", label }], passages: {}, links: [] })).toBe(
        expected,
      );
    });
  });
});
