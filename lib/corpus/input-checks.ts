/** Cross-field checks shared by the import and correction schemas, reported as zod issues with paths. */
import type { z } from "zod";

/** A link between two passages, as the schemas parse it. */
type Link = { source: string; target: string; score: number };
type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

/** Reports every repeated id in `ids` at its own path. */
export function checkUnique(ctx: Ctx, ids: { id: string; path: Path }[], what: string): void {
  const seen = new Set<string>();
  for (const { id, path } of ids) {
    if (seen.has(id)) ctx.addIssue({ code: "custom", path, message: `duplicate ${what} id "${id}"` });
    seen.add(id);
  }
}

/** Each passage's topics must be known and listed once. */
export function checkPassageTopics(
  ctx: Ctx,
  topics: readonly string[],
  known: Set<string>,
  path: Path,
): void {
  const seen = new Set<string>();
  topics.forEach((topic, i) => {
    if (!known.has(topic))
      ctx.addIssue({ code: "custom", path: [...path, i], message: `unknown topic "${topic}"` });
    if (seen.has(topic))
      ctx.addIssue({ code: "custom", path: [...path, i], message: `topic "${topic}" repeated` });
    seen.add(topic);
  });
}

/**
 * Links join passages of different documents, each pair at most once; a passage may have several
 * counterparts in one document (one-to-many). `documentOf` maps passage id → document id;
 * ends missing from it are reported too, so callers with stored passages check those first.
 */
export function checkLinks(
  ctx: Ctx,
  links: readonly Link[],
  documentOf: Map<string, string>,
  path: Path,
): void {
  const taken = new Set<string>();
  links.forEach((link, i) => {
    const ends = [
      ["source", link.source],
      ["target", link.target],
    ] as const;
    for (const [end, id] of ends) {
      if (!documentOf.has(id))
        ctx.addIssue({ code: "custom", path: [...path, i, end], message: `unknown passage "${id}"` });
    }
    const sourceDoc = documentOf.get(link.source);
    const targetDoc = documentOf.get(link.target);
    if (sourceDoc === undefined || targetDoc === undefined) return;
    if (sourceDoc === targetDoc) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i],
        message: `both ends are in document "${sourceDoc}"`,
      });
      return;
    }
    // One-to-many is allowed (a summary paragraph answers several quote paragraphs); the same pair twice is not.
    const key = [link.source, link.target].sort().join("\u0000");
    if (taken.has(key))
      ctx.addIssue({
        code: "custom",
        path: [...path, i],
        message: `passages "${link.source}" and "${link.target}" are linked twice`,
      });
    taken.add(key);
  });
}

/**
 * A passage's suggested counterparts name passages of the other documents of the same comparison, each
 * once, at most `perText` in each other document.
 */
export function checkCandidates(
  ctx: Ctx,
  ownDocument: string,
  candidates: readonly { id: string }[],
  documentOf: Map<string, string>,
  perText: number,
  path: Path,
): void {
  const seen = new Set<string>();
  const perDocument = new Map<string, number>();
  candidates.forEach(({ id }, i) => {
    const document = documentOf.get(id);
    const problem =
      document === undefined
        ? `unknown passage "${id}"`
        : document === ownDocument
          ? `"${id}" is in the same document: suggestions come from the other texts`
          : seen.has(id)
            ? `passage "${id}" suggested twice`
            : null;
    seen.add(id);
    if (problem === null && document !== undefined) {
      const n = (perDocument.get(document) ?? 0) + 1;
      perDocument.set(document, n);
      if (n <= perText) return;
    }
    const message = problem ?? `more than ${perText} suggestions in document "${document}"`;
    ctx.addIssue({ code: "custom", path: [...path, i, "id"], message });
  });
}
