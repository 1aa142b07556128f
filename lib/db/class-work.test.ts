import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import {
  type Author,
  createClass,
  deleteClass,
  deleteResponse,
  getStudentWork,
  joinClass,
  listForCsv,
  listForDashboard,
  setOpen,
  upsertAnswer,
  upsertResponse,
} from ".";
import { sampleClass } from "./class-fixtures";
import { engines, suiteDatabase } from "./testing";

const tag = (passageId: string, label: string, clientId: string, note?: string) => ({
  passageId,
  label,
  clientId,
  ...(note === undefined ? {} : { note }),
});

describe.each(engines)("students' work on $name", { timeout: 60_000 }, (engine) => {
  const handle = suiteDatabase(engine);

  async function count(table: "responses" | "answers" | "students"): Promise<number> {
    const result = await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    return (result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? -1;
  }

  /** A class and `n` students in it. */
  async function setup(n = 1): Promise<{ classId: number; authors: Author[] }> {
    const made = await createClass(handle.db, sampleClass);
    if (!made) throw new Error("no class");
    const authors: Author[] = [];
    for (let i = 0; i < n; i++) {
      const joined = await joinClass(handle.db, made.class.joinCode, `Student ${i}`);
      if (!joined.ok) throw new Error(joined.reason);
      authors.push({ classId: made.class.id, studentId: joined.student.id });
    }
    return { classId: made.class.id, authors };
  }

  it("creates a tag, replays the same client id without change, replaces with a new one", async () => {
    const { authors } = await setup();
    const [ana] = authors as [Author];
    const first = await upsertResponse(handle.db, ana, tag("news-p1", "fact", "client-0001", "sure"));
    expect(first).toMatchObject({ ok: true, status: "created", row: { label: "fact", note: "sure" } });
    // A retry with a different body changes nothing: the first write under a client id wins.
    const replay = await upsertResponse(handle.db, ana, tag("news-p1", "opinion", "client-0001"));
    expect(replay).toEqual({ ...first, status: "replayed" });
    const replaced = await upsertResponse(handle.db, ana, tag("news-p1", "opinion", "client-0002"));
    expect(replaced).toMatchObject({ ok: true, status: "replaced", row: { label: "opinion", note: null } });
    if (!first.ok || !replaced.ok) throw new Error("unreachable");
    expect(replaced.row.createdAt).toEqual(first.row.createdAt);
    expect(replaced.row.updatedAt.getTime()).toBeGreaterThanOrEqual(first.row.updatedAt.getTime());
    expect(await count("responses")).toBe(1);
    expect(await upsertResponse(handle.db, ana, tag("news-p2", "fact", "client-0002"))).toEqual({
      ok: false,
      reason: "client-id-reused",
    });
  });

  it("stores 300 concurrent sends of one request exactly once", async () => {
    const { authors } = await setup();
    const [ana] = authors as [Author];
    const results = await Promise.all(
      Array.from({ length: 300 }, () =>
        upsertResponse(handle.db, ana, tag("news-p3", "fact", "same-client")),
      ),
    );
    const statuses = results.map((r) => (r.ok ? r.status : r.reason));
    expect(statuses.filter((s) => s === "created")).toHaveLength(1);
    expect(statuses.filter((s) => s === "replayed")).toHaveLength(299);
    expect(await count("responses")).toBe(1);
  });

  it("lands 300 concurrent tags from 30 students, each sent twice, exactly once each", async () => {
    const { classId, authors } = await setup(30);
    const sends = authors.flatMap((author, s) =>
      Array.from(
        { length: 10 },
        (_, p) => () => upsertResponse(handle.db, author, tag(`news-p${p + 1}`, "fact", `c-${s}-${p}-x`)),
      ),
    );
    const results = await Promise.all([...sends, ...sends].map((send) => send()));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.filter((r) => r.ok && r.status === "created")).toHaveLength(300);
    expect(await count("responses")).toBe(300);
    const dashboard = await listForDashboard(handle.db, classId);
    expect(dashboard.responses).toHaveLength(300);
    expect(await listForCsv(handle.db, classId)).toHaveLength(300);
  });

  it("answers: one per prompt, replayed and replaced like tags", async () => {
    const { authors } = await setup();
    const [ana] = authors as [Author];
    const answer = { promptId: "p1", text: "The analysts.", clientId: "answer-001" };
    expect(await upsertAnswer(handle.db, ana, answer)).toMatchObject({ ok: true, status: "created" });
    expect(await upsertAnswer(handle.db, ana, answer)).toMatchObject({ ok: true, status: "replayed" });
    expect(
      await upsertAnswer(handle.db, ana, { ...answer, text: "Nobody.", clientId: "answer-002" }),
    ).toMatchObject({ ok: true, status: "replaced", row: { text: "Nobody." } });
    expect(await count("answers")).toBe(1);
    const work = await getStudentWork(handle.db, ana.studentId);
    expect(work.answers).toMatchObject([{ promptId: "p1", text: "Nobody.", clientId: "answer-002" }]);
  });

  it("removes a tag (own only), and a closed class refuses writes but still acknowledges replays", async () => {
    const { classId, authors } = await setup(2);
    const [ana, bo] = authors as [Author, Author];
    await upsertResponse(handle.db, ana, tag("news-p1", "fact", "client-0001"));
    expect(await deleteResponse(handle.db, bo, "news-p1")).toEqual({ ok: false, reason: "not-found" });
    await upsertResponse(handle.db, ana, tag("news-p2", "fact", "client-0002"));
    expect(await deleteResponse(handle.db, ana, "news-p2")).toEqual({ ok: true });
    expect(await deleteResponse(handle.db, ana, "news-p2")).toEqual({ ok: false, reason: "not-found" });

    await setOpen(handle.db, classId, false);
    expect(await upsertResponse(handle.db, ana, tag("news-p3", "fact", "client-0003"))).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(await upsertResponse(handle.db, ana, tag("news-p1", "opinion", "client-0004"))).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(await upsertResponse(handle.db, ana, tag("news-p1", "fact", "client-0001"))).toMatchObject({
      ok: true,
      status: "replayed",
    });
    expect(await upsertAnswer(handle.db, ana, { promptId: "p1", text: "x", clientId: "answer-1x" })).toEqual({
      ok: false,
      reason: "closed",
    });
    expect(await deleteResponse(handle.db, ana, "news-p1")).toEqual({ ok: false, reason: "closed" });
    expect(await count("responses")).toBe(1);
  });

  it("deleting the class deletes its students, tags and answers; later writes find it gone", async () => {
    const { classId, authors } = await setup(2);
    const [ana] = authors as [Author];
    await upsertResponse(handle.db, ana, tag("news-p1", "fact", "client-0001"));
    await upsertAnswer(handle.db, ana, { promptId: "p1", text: "x", clientId: "answer-001" });
    expect(await deleteClass(handle.db, classId)).toBe(true);
    expect([await count("students"), await count("responses"), await count("answers")]).toEqual([0, 0, 0]);
    expect(await upsertResponse(handle.db, ana, tag("news-p2", "fact", "client-0002"))).toEqual({
      ok: false,
      reason: "gone",
    });
    expect(await deleteResponse(handle.db, ana, "news-p1")).toEqual({ ok: false, reason: "gone" });
  });
});
