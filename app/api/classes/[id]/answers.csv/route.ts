import { csvExportRoute } from "@/lib/api/class-responses";
import { methodNotAllowed } from "@/lib/api/responses";
import { answersCsv } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every current answer, one row each, as a UTF-8 CSV download (teacher). */
export const GET = csvExportRoute(answersCsv);

const notAllowed = methodNotAllowed(["GET", "HEAD"]);

export { notAllowed as DELETE, notAllowed as PATCH, notAllowed as POST, notAllowed as PUT };
