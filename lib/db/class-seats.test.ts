import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { hashResumeCode } from "../security/codes";
import { authenticate, createClass, joinClass, resumeSeat, setOpen } from ".";
import { sampleClass } from "./class-fixtures";
import { updateClass } from "./classes";
import { engines, suiteDatabase } from "./testing";

describe.each(engines)("seats on $name", { timeout: 30_000 }, (engine) => {
  const handle = suiteDatabase(engine);

  async function newClass() {
    const made = await createClass(handle.db, sampleClass);
    if (!made) throw new Error("not created");
    return made.class;
  }
  async function join(code: string, name: string, tokens?: string[]) {
    const joined = await joinClass(handle.db, code, name, tokens);
    if (!joined.ok) throw new Error(joined.reason);
    return joined;
  }
  const seats = async () =>
    (await handle.db.execute(sql`select count(*)::int as n from students`)) as unknown as {
      rows: { n: number }[];
    };

  it("gives a browser that holds a seat of this class that seat again, never a second", async () => {
    const cls = await newClass();
    const other = await newClass();
    const ana = await join(cls.joinCode, "Ana");
    expect(ana).toMatchObject({ resumed: false, resumeCode: expect.stringMatching(/^[A-Z2-9]{8}$/) });
    const elsewhere = await join(other.joinCode, "Ana");

    const again = await join(cls.joinCode, "Ana B.", [elsewhere.studentToken, ana.studentToken]);
    expect(again).toMatchObject({ resumed: true, studentToken: ana.studentToken, student: ana.student });
    expect(again.resumeCode).toBeUndefined();
    expect((await seats()).rows[0]?.n).toBe(2);

    // Closed or full: the seat still comes back; a new one is refused.
    await setOpen(handle.db, cls.id, false);
    expect(await joinClass(handle.db, cls.joinCode, "Ana", [ana.studentToken])).toMatchObject({ ok: true });
    expect(await joinClass(handle.db, cls.joinCode, "Bo", [elsewhere.studentToken])).toEqual({
      ok: false,
      reason: "closed",
    });
    await updateClass(handle.db, cls.id, { open: true, maxStudents: 1 });
    expect(await joinClass(handle.db, cls.joinCode, "Ana", [ana.studentToken])).toMatchObject({ ok: true });
    expect((await joinClass(handle.db, cls.joinCode, "Bo")).ok).toBe(false);
  });

  it("resumes a seat by its resume code with a new token; a wrong code or class finds nothing", async () => {
    const cls = await newClass();
    const other = await newClass();
    const ana = await join(cls.joinCode, "Ana");
    const code = ana.resumeCode ?? "";
    const dump = JSON.stringify(await handle.db.execute(sql`select * from students`));
    expect(dump).not.toContain(code);
    expect(dump).toContain(hashResumeCode(cls.id, code));

    expect(await resumeSeat(handle.db, other.joinCode, code)).toEqual({
      ok: false,
      reason: "wrong-resume-code",
    });
    expect(await resumeSeat(handle.db, cls.joinCode, "ABCDEFGH")).toEqual({
      ok: false,
      reason: "wrong-resume-code",
    });
    expect(await resumeSeat(handle.db, "ZZZZZZ", code)).toEqual({ ok: false, reason: "unknown-code" });

    const back = await resumeSeat(handle.db, cls.joinCode, code);
    if (!back.ok) throw new Error(back.reason);
    expect(back.student).toEqual(ana.student);
    expect(back.studentToken).not.toBe(ana.studentToken);
    const now = await authenticate(handle.db, cls.publicId, back.studentToken);
    expect(now).toMatchObject({ ok: true, principal: { role: "student" } });
    // The old device's token is replaced.
    expect(await authenticate(handle.db, cls.publicId, ana.studentToken)).toEqual({
      ok: false,
      reason: "unauthorized",
    });
  });
});
