/** HTTP for the class-activity routes: typed service results to JSON, never cached (tokens travel here). */
import "server-only";
import type { Result } from "@/lib/classroom/service";
import { isDataFolderInUse } from "@/lib/db";
import { logError } from "@/lib/log";
import { jsonError, storeUnavailable } from "./responses";

export const NO_STORE = { "Cache-Control": "no-store" } as const;
/**
 * For small answers sent many times a second (a student's tag or answer acknowledged): no-transform
 * keeps Next's gzip off them. A streamed handler response has no length, so it was gzipped however
 * small; a zlib stream per 300-byte reply cost more CPU than the write (bench:class --open profile).
 */
export const NO_STORE_SMALL = { "Cache-Control": "no-store, no-transform" } as const;

export function resultResponse<T>(result: Result<T>, extraHeaders: Record<string, string> = {}): Response {
  if (!result.ok) {
    const headers = { ...NO_STORE, ...result.headers };
    if (result.issues)
      return Response.json({ error: result.error, issues: result.issues }, { status: 400, headers });
    return jsonError(result.status, result.error, headers);
  }
  if (result.status === 204) return new Response(null, { status: 204, headers: NO_STORE });
  return Response.json(result.value, { status: result.status, headers: { ...NO_STORE, ...extraHeaders } });
}

/**
 * Runs a handler; an unexpected error (a bug, the database down) is logged and answered with a plain
 * 500 JSON body: never a stack trace, never a token.
 */
export async function guarded(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isDataFolderInUse(error)) return storeUnavailable();
    logError("class activity API", error);
    return jsonError(500, "Something went wrong on our side. Try again in a moment.");
  }
}

export type ClassContext = { params: Promise<{ id: string }> };

/** A teacher's CSV export (tags or answers) as a download: GET only, never cached. */
export function csvExportRoute(
  build: (
    classId: string,
    authorization: string | null,
  ) => Promise<Result<{ csv: string; filename: string }>>,
) {
  return (request: Request, context: ClassContext): Promise<Response> =>
    guarded(async () => {
      const { id } = await context.params;
      const result = await build(id, request.headers.get("authorization"));
      if (!result.ok) return resultResponse(result);
      return new Response(result.value.csv, {
        headers: {
          ...NO_STORE,
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${result.value.filename}"`,
          "X-Content-Type-Options": "nosniff",
        },
      });
    });
}
