/** Sends one outbox write to the class API; the outbox itself is lib/classroom/outbox.ts. */
import { classify, type OutboxItem, type Outcome } from "@/lib/classroom/outbox";
import { ClassApiError, classFetch, classUrl } from "./class-api";

export async function sendItem(classId: string, token: string, item: OutboxItem): Promise<Outcome> {
  try {
    if (item.kind === "tag") {
      const { passageId, label, note, clientId } = item;
      const body = { passageId, label, clientId, ...(note.trim() ? { note } : {}) };
      await classFetch(classUrl(classId, "/responses"), { method: "POST", token, body });
    } else if (item.kind === "untag") {
      const path = `/responses/${encodeURIComponent(item.passageId)}`;
      await classFetch(classUrl(classId, path), { method: "DELETE", token });
    } else {
      const { promptId, text, clientId } = item;
      await classFetch(classUrl(classId, "/answers"), {
        method: "POST",
        token,
        body: { promptId, text, clientId },
      });
    }
    return { kind: "done" };
  } catch (error) {
    return classify(error instanceof ClassApiError ? error : null, item);
  }
}
