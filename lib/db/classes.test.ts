import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { hashSecret } from "../security/secrets";
import {
  authenticate,
  type ClassRecord,
  createClass,
  type DbHandle,
  deleteClass,
  deleteStoredComparison,
  findClassByJoinCode,
  joinClass,
  listForCsv,
  listForDashboard,
  type NewClass,
  saveComparison,
  setOpen,
  upsertResponse,
} from ".";
import { sampleClass } from "./class-fixtures";
import { deleteStudent, rotateTeacherToken } from "./class-moderation";
import { updateClass } from "./classes";
import { sampleImport } from "./fixtures";
import { engines, suiteDatabase } from "./testing";

async function count(handle: { db: DbHandle["db"] }, table: string): Promise<number> {
  const rows = await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return (rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? -1;
}

describe.each(engines)("classes and students on $name", { timeout: 30_000 }, (engine) => {
  const handle = suiteDatabase(engine);

  async function newClass(input: NewClass = sampleClass) {
    const made = await createClass(handle.db, input);
    if (!made) throw new Error("not created");
    return made;
  }

  it("creates a class with a unique join code and stores only token hashes", async () => {
    const a = await newClass();
    const b = await newClass();
    expect(a.class).toMatchObject({ ...sampleClass, open: true });
    expect(a.class.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(a.class.joinCode).not.toBe(b.class.joinCode);
    expect(await findClassByJoinCode(handle.db, a.class.joinCode)).toEqual(a.class);
    const joined = await joinClass(handle.db, a.class.joinCode, "Ana");
    if (!joined.ok) throw new Error(joined.reason);
    const dump = JSON.stringify(
      await handle.db.execute(sql`select c.*, s.* from classes c left join students s on s.class_id = c.id`),
    );
    expect(dump).not.toContain(a.teacherToken);
    expect(dump).not.toContain(joined.studentToken);
    expect(dump).toContain(hashSecret(a.teacherToken));
    expect(dump).toContain(hashSecret(joined.studentToken));
  });

  it("tells teacher, student, wrong token, other class's token and unknown class apart", async () => {
    const a = await newClass();
    const b = await newClass();
    const ana = await joinClass(handle.db, a.class.joinCode, "Ana");
    const bo = await joinClass(handle.db, b.class.joinCode, "Bo");
    if (!ana.ok || !bo.ok) throw new Error("join failed");
    const id = a.class.publicId;
    // Ana's seat moved the class's version on (the dashboard's ETag).
    const joined = { ...a.class, version: a.class.version + 1 };
    expect(await authenticate(handle.db, id, a.teacherToken)).toEqual({
      ok: true,
      principal: { role: "teacher", class: joined },
    });
    expect(await authenticate(handle.db, id, ana.studentToken)).toEqual({
      ok: true,
      principal: { role: "student", class: joined, student: ana.student },
    });
    const wrong = "A".repeat(43);
    expect(await authenticate(handle.db, id, wrong)).toEqual({ ok: false, reason: "unauthorized" });
    expect(await authenticate(handle.db, id, b.teacherToken)).toEqual({ ok: false, reason: "not-found" });
    expect(await authenticate(handle.db, id, bo.studentToken)).toEqual({ ok: false, reason: "not-found" });
    expect(await authenticate(handle.db, "no-such-class", a.teacherToken)).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("refuses joins to an unknown code and to a closed class, and reopens", async () => {
    const a = await newClass();
    expect(await joinClass(handle.db, "ZZZZZZ", "Ana")).toEqual({ ok: false, reason: "unknown-code" });
    const closed = (await setOpen(handle.db, a.class.id, false)) as ClassRecord;
    expect(closed.open).toBe(false);
    expect(await joinClass(handle.db, a.class.joinCode, "Ana")).toEqual({ ok: false, reason: "closed" });
    expect(await count(handle, "students")).toBe(0);
    await setOpen(handle.db, a.class.id, true);
    expect((await joinClass(handle.db, a.class.joinCode, "Ana")).ok).toBe(true);
  });

  it("lets 300 students join at once, each with its own token, once the cap allows it", async () => {
    const a = await newClass();
    expect(a.class.maxStudents).toBe(100);
    await updateClass(handle.db, a.class.id, { maxStudents: 300 });
    const joins = await Promise.all(
      Array.from({ length: 300 }, (_, i) => joinClass(handle.db, a.class.joinCode, `S${i}`)),
    );
    expect(joins.every((j) => j.ok)).toBe(true);
    expect(new Set(joins.map((j) => (j.ok ? j.studentToken : ""))).size).toBe(300);
    expect((await listForDashboard(handle.db, a.class.id)).students).toHaveLength(300);
  });

  it("never lets concurrent joins pass the cap, and lets more in once it is raised", async () => {
    const a = await newClass();
    const capped = await updateClass(handle.db, a.class.id, { maxStudents: 5 });
    expect(capped?.maxStudents).toBe(5);
    expect(capped?.open).toBe(true);
    const joins = await Promise.all(
      Array.from({ length: 12 }, (_, i) => joinClass(handle.db, a.class.joinCode, `S${i}`)),
    );
    expect(joins.filter((j) => j.ok)).toHaveLength(5);
    expect(joins.find((j) => !j.ok)).toEqual({ ok: false, reason: "full", maxStudents: 5 });
    expect(await count(handle, "students")).toBe(5);
    await updateClass(handle.db, a.class.id, { maxStudents: 6 });
    expect((await joinClass(handle.db, a.class.joinCode, "Late")).ok).toBe(true);
    expect((await joinClass(handle.db, a.class.joinCode, "Later")).ok).toBe(false);
  });

  it("rotates the teacher token: the old one is refused at once, the new one works", async () => {
    const a = await newClass();
    const fresh = await rotateTeacherToken(handle.db, a.class.id);
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(a.teacherToken);
    expect(await authenticate(handle.db, a.class.publicId, a.teacherToken)).toEqual({
      ok: false,
      reason: "unauthorized",
    });
    expect((await authenticate(handle.db, a.class.publicId, fresh ?? "")).ok).toBe(true);
    await deleteClass(handle.db, a.class.id);
    expect(await rotateTeacherToken(handle.db, a.class.id)).toBeNull();
  });

  it("removes one student with their work; others and other classes are untouched", async () => {
    const a = await newClass();
    const b = await newClass();
    const ana = await joinClass(handle.db, a.class.joinCode, "Ana");
    const bo = await joinClass(handle.db, a.class.joinCode, "Bo");
    const cy = await joinClass(handle.db, b.class.joinCode, "Cy");
    if (!ana.ok || !bo.ok || !cy.ok) throw new Error("join failed");
    for (const s of [ana, bo]) {
      await upsertResponse(
        handle.db,
        { classId: a.class.id, studentId: s.student.id },
        { passageId: "news-p1", label: "fact", clientId: `c-${s.student.publicId}` },
      );
    }
    // Another class's student cannot be removed through this class.
    expect(await deleteStudent(handle.db, a.class.id, cy.student.publicId)).toBe(false);
    expect(await deleteStudent(handle.db, a.class.id, ana.student.publicId)).toBe(true);
    expect(await deleteStudent(handle.db, a.class.id, ana.student.publicId)).toBe(false);
    expect(await authenticate(handle.db, a.class.publicId, ana.studentToken)).toEqual({
      ok: false,
      reason: "unauthorized",
    });
    const rows = await listForDashboard(handle.db, a.class.id);
    expect(rows.students.map((s) => s.name)).toEqual(["Bo"]);
    expect(rows.responses.map((r) => r.studentId)).toEqual([bo.student.publicId]);
    expect((await authenticate(handle.db, b.class.publicId, cy.studentToken)).ok).toBe(true);
  });

  it("deletes a class with everything in it; an import is kept while a class uses it", async () => {
    const seedClass = await newClass();
    const { slug } = await saveComparison(handle.db, sampleImport);
    const importClass = await createClass(handle.db, {
      ...sampleClass,
      comparison: slug,
      storedComparison: true,
    });
    expect(importClass).not.toBeNull();
    await joinClass(handle.db, seedClass.class.joinCode, "Ana");
    await joinClass(handle.db, importClass?.class.joinCode ?? "", "Bo");

    expect(await deleteStoredComparison(handle.db, slug)).toEqual({
      ok: false,
      reason: "in-use",
      activities: 1,
    });
    expect(
      await authenticate(handle.db, importClass?.class.publicId ?? "", importClass?.teacherToken ?? ""),
    ).toMatchObject({ ok: true });
    expect(await count(handle, "students")).toBe(2);
    expect(await deleteClass(handle.db, importClass?.class.id ?? -1)).toBe(true);
    expect(await deleteStoredComparison(handle.db, slug)).toEqual({ ok: true });
    expect(await count(handle, "classes")).toBe(1);
    expect(await count(handle, "students")).toBe(1);
    expect(
      await createClass(handle.db, { ...sampleClass, comparison: slug, storedComparison: true }),
    ).toBeNull();

    expect(await deleteClass(handle.db, seedClass.class.id)).toBe(true);
    expect(await deleteClass(handle.db, seedClass.class.id)).toBe(false);
    expect(await count(handle, "students")).toBe(0);
    expect(await listForCsv(handle.db, seedClass.class.id)).toEqual([]);
  });
});
