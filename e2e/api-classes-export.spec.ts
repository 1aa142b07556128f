import { expect, test } from "@playwright/test";
import { bearer, clientId, createClass, join, SEED } from "./class-api";

/** A random id as the export writes it: one that starts with "-" is kept as text, like any formula start. */
const cell = (id: string) => (/^[=+\-@]/.test(id) ? `'${id}` : id);

/** Minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  for (const [, quoted, plain, end] of text.matchAll(/(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/g)) {
    row.push(quoted === undefined ? (plain ?? "") : quoted.replaceAll('""', '"'));
    if (end !== ",") {
      rows.push(row);
      row = [];
      if (end === "") break;
    }
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

test("the teacher exports answers and tags: names, prompt texts, safe file names", async ({ request }) => {
  const cls = await createClass(request, { comparison: SEED, title: 'Période 3: "vote"/UN' });
  const teacher = bearer(cls.teacherToken);
  const activity = await (await request.get(`/api/classes/${cls.id}`, { headers: teacher })).json();
  const [p1, p2] = activity.prompts as { id: string; text: string }[];
  if (!p1 || !p2) throw new Error("the seed activity has at least two prompts");
  const ana = await join(request, cls.joinCode, "Ana");
  const ana2 = await join(request, cls.joinCode, "Ana");
  const answer = (token: string, promptId: string, text: string) =>
    request.post(`/api/classes/${cls.id}/answers`, {
      headers: bearer(token),
      data: { promptId, text, clientId: clientId() },
    });
  expect((await answer(ana.studentToken, p1.id, '=HYPERLINK("http://x")')).status()).toBe(201);
  expect((await answer(ana.studentToken, p2.id, "Two analysts,\nboth unnamed.")).status()).toBe(201);
  expect((await answer(ana2.studentToken, p1.id, "The UN record.")).status()).toBe(201);
  const tagged = await request.post(`/api/classes/${cls.id}/responses`, {
    headers: bearer(ana2.studentToken),
    data: { passageId: "news-p1", label: "claim-to-check", clientId: clientId() },
  });
  expect(tagged.status()).toBe(201);

  const day = activity.createdAt.slice(0, 10);
  const answers = await request.get(`/api/classes/${cls.id}/answers.csv`, { headers: teacher });
  expect(answers.status()).toBe(200);
  expect(answers.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(answers.headers()["cache-control"]).toBe("no-store");
  expect(answers.headers()["content-disposition"]).toBe(
    `attachment; filename="periode-3-vote-un-${day}-answers.csv"`,
  );
  const text = await answers.text();
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1));
  expect(header).toEqual([
    "class_id",
    "class_title",
    "student_id",
    "student",
    "prompt",
    "prompt_text",
    "answer",
    "updated_at",
  ]);
  const pick = (r: string[]) => [r[2], r[3], r[4], r[5], r[6]];
  expect(rows.map(pick)).toEqual([
    [cell(ana.studentId), "Ana", p1.id, p1.text, '\'=HYPERLINK("http://x")'],
    [cell(ana.studentId), "Ana", p2.id, p2.text, "Two analysts,\nboth unnamed."],
    [cell(ana2.studentId), "Ana", p1.id, p1.text, "The UN record."],
  ]);
  expect(rows.every((r) => r[0] === cell(cls.id) && r[1] === 'Période 3: "vote"/UN')).toBe(true);

  const tags = await request.get(`/api/classes/${cls.id}/responses.csv`, { headers: teacher });
  expect(tags.headers()["content-disposition"]).toBe(
    `attachment; filename="periode-3-vote-un-${day}-tags.csv"`,
  );
  const [, tag] = parseCsv((await tags.text()).slice(1));
  expect(tag?.slice(2, 5)).toEqual([cell(ana2.studentId), "Ana", "news"]);
  expect(tag?.[7]).toBe("Claim to check");

  // Teacher only: no token, a student's token.
  expect((await request.get(`/api/classes/${cls.id}/answers.csv`)).status()).toBe(401);
  const asStudent = await request.get(`/api/classes/${cls.id}/answers.csv`, {
    headers: bearer(ana.studentToken),
  });
  expect(asStudent.status()).toBe(401);
  expect((await asStudent.json()).error).toBe("This needs the teacher's token.");
  expect((await request.post(`/api/classes/${cls.id}/answers.csv`)).status()).toBe(405);
});
