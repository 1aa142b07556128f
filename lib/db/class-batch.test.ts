import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { hashSecret } from "../security/secrets";
import { createClass, joinClass, setOpen, type WorkInput, writeStudentBatch } from ".";
import { sampleClass } from "./class-fixtures";
import { engines, suiteDatabase } from "./testing";

const tag = (passageId: string, label: string, clientId: string): WorkInput => ({
  kind: "response",
  passageId,
  label,
  note: null,
  clientId,
});
const LIMIT = { limit: 60, windowMs: 60_000 };

describe.each(engines)("batched student writes on $name", { timeout: 60_000 }, (engine) => {
  const handle = suiteDatabase(engine);

  async function setup(n = 2) {
    const made = await createClass(handle.db, sampleClass);
    if (!made) throw new Error("no class");
    const hashes: string[] = [];
    for (let i = 0; i < n; i++) {
      const joined = await joinClass(handle.db, made.class.joinCode, `Student ${i}`);
      if (!joined.ok) throw new Error(joined.reason);
      hashes.push(hashSecret(joined.studentToken));
    }
    return { cls: made.class, hashes };
  }

  const version = async (id: number) =>
    Number(
      (
        (await handle.db.execute(sql`select version from classes where id = ${id}`)) as unknown as {
          rows: { version: number | string }[];
        }
      ).rows[0]?.version,
    );

  it("answers each item of a mixed batch as a single write would, in one version", async () => {
    const { cls, hashes } = await setup();
    const [ana = "", bo = ""] = hashes;
    await writeStudentBatch(
      handle.db,
      cls.publicId,
      [{ tokenHash: ana, input: tag("news-p1", "fact", "a-1") }],
      LIMIT,
    );
    const before = await version(cls.id);
    const outcomes = await writeStudentBatch(
      handle.db,
      cls.publicId,
      [
        { tokenHash: ana, input: tag("news-p1", "fact", "a-1") }, // replay of a stored write
        { tokenHash: ana, input: tag("news-p2", "fact", "a-2") },
        { tokenHash: ana, input: tag("news-p2", "opinion", "a-3") }, // replaces the one just before
        { tokenHash: ana, input: tag("news-p2", "opinion", "a-3") }, // the same request again
        { tokenHash: ana, input: tag("news-p4", "fact", "a-2") }, // client id of another passage
        { tokenHash: "0".repeat(64), input: tag("news-p1", "fact", "x-1") },
        { tokenHash: bo, input: { kind: "answer", promptId: "p1", text: "Nobody.", clientId: "b-1" } },
      ],
      LIMIT,
    );
    expect(outcomes.map((o) => (o.ok ? o.status : o.reason))).toEqual([
      "replayed",
      "created",
      "replaced",
      "replayed",
      "client-id-reused",
      "unknown-token",
      "created",
    ]);
    expect(outcomes[2]).toMatchObject({ row: { passageId: "news-p2", label: "opinion", clientId: "a-3" } });
    expect(await version(cls.id)).toBe(before + 1);
    const stored = (await handle.db.execute(
      sql`select passage_id, label, client_id from responses order by passage_id`,
    )) as unknown as { rows: unknown[] };
    expect(stored.rows).toEqual([
      { passage_id: "news-p1", label: "fact", client_id: "a-1" },
      { passage_id: "news-p2", label: "opinion", client_id: "a-3" },
    ]);
    const seq = (await handle.db.execute(sql`select seq from answers`)) as unknown as {
      rows: { seq: number | string }[];
    };
    expect(Number(seq.rows[0]?.seq)).toBe(before + 1);
  });

  it("counts every write of the batch against the student's limit", async () => {
    const { cls, hashes } = await setup(1);
    const [ana = ""] = hashes;
    const items = Array.from({ length: 5 }, (_, i) => ({
      tokenHash: ana,
      input: tag(`news-p${i + 1}`, "fact", `c-${i}`),
    }));
    const outcomes = await writeStudentBatch(handle.db, cls.publicId, items, { limit: 3, windowMs: 60_000 });
    expect(outcomes.map((o) => (o.ok ? o.status : o.reason))).toEqual([
      "created",
      "created",
      "created",
      "limited",
      "limited",
    ]);
    expect(outcomes[3]).toMatchObject({ retryAfterMs: expect.any(Number) });
  });

  it("a closed class refuses new writes, acknowledges replays, and keeps its version", async () => {
    const { cls, hashes } = await setup(1);
    const [ana = ""] = hashes;
    await writeStudentBatch(
      handle.db,
      cls.publicId,
      [{ tokenHash: ana, input: tag("news-p1", "fact", "a-1") }],
      LIMIT,
    );
    await setOpen(handle.db, cls.id, false);
    const before = await version(cls.id);
    const outcomes = await writeStudentBatch(
      handle.db,
      cls.publicId,
      [
        { tokenHash: ana, input: tag("news-p1", "fact", "a-1") },
        { tokenHash: ana, input: tag("news-p2", "fact", "a-2") },
      ],
      LIMIT,
    );
    expect(outcomes.map((o) => (o.ok ? o.status : o.reason))).toEqual(["replayed", "closed"]);
    expect(await version(cls.id)).toBe(before);
    expect(
      await writeStudentBatch(
        handle.db,
        "no-such-class-00",
        [{ tokenHash: ana, input: tag("news-p1", "fact", "z") }],
        LIMIT,
      ),
    ).toEqual([{ ok: false, reason: "gone" }]);
  });
});
