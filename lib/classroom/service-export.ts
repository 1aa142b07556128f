/**
 * The teacher's two CSV downloads: tags (one row per tagged passage) and answers (one row per answered
 * prompt). Two files, not one, because their rows have different columns: one table each opens cleanly in
 * a spreadsheet, to sort and grade. Labels and prompts appear by their text, students by name and id.
 * Server-only, framework-free.
 */
import "server-only";
import { getDb, listAnswersForCsv, listForCsv } from "../db";
import { answersToCsv, CSV_BOM, csvFilename, responsesToCsv } from "./csv";
import { authorize, NOT_FOUND, passagesOf, type Result } from "./service-support";

type CsvFile = Result<{ csv: string; filename: string }>;

export async function responsesCsv(classId: string, authorization: string | null): Promise<CsvFile> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const cls = auth.principal.class;
  const passages = await passagesOf(cls.comparison);
  if (!passages) return NOT_FOUND;
  const labels = new Map(cls.labels.map((l) => [l.id, l.label]));
  const rows = await listForCsv(await getDb(), cls.id);
  const csv = responsesToCsv(
    rows.map((r) => ({
      ...r,
      classId: cls.publicId,
      classTitle: cls.title,
      label: labels.get(r.label) ?? r.label,
      documentId: passages.byId.get(r.passageId)?.documentId ?? "",
      passageText: passages.byId.get(r.passageId)?.text ?? "",
    })),
  );
  const filename = csvFilename(cls.title, cls.createdAt, "tags");
  return { ok: true, status: 200, value: { csv: CSV_BOM + csv, filename } };
}

export async function answersCsv(classId: string, authorization: string | null): Promise<CsvFile> {
  const auth = await authorize(classId, authorization, ["teacher"]);
  if (!auth.ok) return auth;
  const cls = auth.principal.class;
  const prompts = new Map(cls.prompts.map((p) => [p.id, p.text]));
  const rows = await listAnswersForCsv(await getDb(), cls.id);
  const csv = answersToCsv(
    rows.map((r) => ({
      ...r,
      classId: cls.publicId,
      classTitle: cls.title,
      promptText: prompts.get(r.promptId) ?? "",
    })),
  );
  const filename = csvFilename(cls.title, cls.createdAt, "answers");
  return { ok: true, status: 200, value: { csv: CSV_BOM + csv, filename } };
}
