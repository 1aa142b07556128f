import { csvExportRoute } from "@/lib/api/class-responses";
import { refusedMethods } from "@/lib/api/routes";
import { answersCsv } from "@/lib/classroom/service";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Every current answer, one row each, as a UTF-8 CSV download (teacher). */
export const GET = csvExportRoute(answersCsv);

export const { DELETE, PATCH, POST, PUT } = refusedMethods("/api/classes/[id]/answers.csv");
