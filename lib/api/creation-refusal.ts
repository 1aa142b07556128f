import "server-only";
import { type CreationKind, creationWait } from "@/lib/classroom/client-limits";
import { jsonError } from "./responses";

/** Null when this client may create one more (a class, an import); else a 429 with Retry-After. */
export async function creationRefusal(
  kind: CreationKind,
  headers: Pick<Headers, "get">,
): Promise<Response | null> {
  const seconds = await creationWait(kind, headers);
  if (seconds === 0) return null;
  const what = kind === "class" ? "activities" : "imports";
  return jsonError(429, `Too many new ${what} from your network this hour. Try again in ${seconds} s.`, {
    "Retry-After": String(seconds),
  });
}
