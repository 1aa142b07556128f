import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { hashSecret } from "../classroom/codes";
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
} from ".";
import { sampleClass } from "./class-fixtures";
import { sampleImport } from "./fixtures";
import { engines, truncateAll } from "./testing";

async function count(handle: DbHandle, table: string): Promise<number> {
  const rows = await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return (rows as unknown as { rows: { n: number }[] }).rows[0]?.n ?? -1;
}

describe.each(engines)("classes and students on $name", { timeout: 30_000 }, (engine) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await engine.open();
  }, 60_000);
  afterAll(() => handle?.close());
  beforeEach(() => truncateAll(handle.db));

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
    expect(await authenticate(handle.db, id, a.teacherToken)).toEqual({
      ok: true,
      principal: { role: "teacher", class: a.class },
    });
    expect(await authenticate(handle.db, id, ana.studentToken)).toEqual({
      ok: true,
      principal: { role: "student", class: a.class, student: ana.student },
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

  it("lets 300 students join at once, each with its own token", async () => {
    const a = await newClass();
    const joins = await Promise.all(
      Array.from({ length: 300 }, (_, i) => joinClass(handle.db, a.class.joinCode, `S${i}`)),
    );
    expect(joins.every((j) => j.ok)).toBe(true);
    expect(new Set(joins.map((j) => (j.ok ? j.studentToken : ""))).size).toBe(300);
    expect((await listForDashboard(handle.db, a.class.id)).students).toHaveLength(300);
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
