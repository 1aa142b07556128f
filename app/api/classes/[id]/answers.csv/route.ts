import { type ClassContext, guarded, NO_STORE, resultResponse } from "@/lib/api/class-responses";
import { methodNotAllowed } from "@/lib/api/responses";
import { answersCsv } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every current answer, one row each, as a UTF-8 CSV download (teacher). */
export async function GET(request: Request, context: ClassContext): Promise<Response> {
  return guarded(async () => {
    const { id } = await context.params;
    const result = await answersCsv(id, request.headers.get("authorization"));
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

const notAllowed = methodNotAllowed(["GET", "HEAD"]);

export { notAllowed as DELETE, notAllowed as PATCH, notAllowed as POST, notAllowed as PUT };
