import { passageId } from "./ids";
import { emptyDocument } from "./ingest/types";
import type { SourceDocument } from "./schema";

/**
 * A small document for unit tests: passages `<id>-p1…` from their topics (and texts, if given). A comment
 * replies to the document "op".
 */
export function fixtureDocument(
  id: string,
  kind: SourceDocument["kind"],
  passages: { text?: string; topics?: string[] }[],
): SourceDocument {
  return emptyDocument({
    id,
    kind,
    title: id,
    outlet: "Outlet",
    number: kind === "comment" ? 1 : null,
    replyTo: kind === "comment" ? "op" : null,
    passages: passages.map((p, i) => ({
      id: passageId(id, i),
      type: "paragraph",
      text: p.text ?? "Some words here.",
      topics: p.topics ?? [],
      counterparts: [],
    })),
  });
}
