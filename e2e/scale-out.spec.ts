/**
 * Scale-out on PostgreSQL: two standalone app instances on one database behind a round-robin proxy.
 * A class of 100 joins and tags through the proxy; wrong join codes are limited as by one server; one
 * instance is SIGKILLed mid-load and the clients' retries go to the other, losing nothing acknowledged.
 * Runs only when TEST_DATABASE_URL names a PostgreSQL server (CI sets it); prints its figures.
 */
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { groupAlive, type NextProcess, startNext } from "../scripts/next-process";
import { pool, randomCode, SEED } from "./class-api";
import { OPINION, REPORT } from "./fixtures/articles";
import { loopbackAddress, peerPost } from "./peer-request";
import { type RoundRobinProxy, scratchDatabase, send, spread, startProxy } from "./scale-cluster";

const ADMIN_URL = process.env.TEST_DATABASE_URL;
const BASE_PORT = Number(process.env.E2E_SCALE_PORT ?? 3193);
const PORTS = [BASE_PORT, BASE_PORT + 1];
const STUDENTS = 100;
const PASSAGES = ["news-p1", "news-p2", "news-p3", "news-p4", "news-p5"];
const LABELS = ["fact", "opinion", "claim-to-check"];

test.skip(!ADMIN_URL, "needs PostgreSQL: set TEST_DATABASE_URL");

test("two instances on one PostgreSQL behind a proxy: shared limits, no lost tags when one dies", async () => {
  test.setTimeout(180_000);
  const database = await scratchDatabase(ADMIN_URL ?? "");
  const servers: NextProcess[] = [];
  let proxy: RoundRobinProxy | undefined;
  const figures: string[] = [];
  const note = (line: string) => {
    figures.push(line);
    console.log(`scale-out: ${line}`);
  };
  const start = async (port: number) => {
    const began = performance.now();
    const server = await startNext(port, {
      standalone: true,
      readyPath: "/api/ready",
      env: { DATABASE_URL: database.url, PARALLAX_DATA_DIR: undefined, PARALLAX_TRUSTED_PROXIES: "1" },
    });
    servers.push(server);
    return { server, ms: Math.round(performance.now() - began) };
  };
  try {
    // Both at once: one migrates the new database, the other waits on the migration lock.
    const [a, b] = await Promise.all(PORTS.map(start));
    note(`start-up to first ready answer: ${a?.ms} ms and ${b?.ms} ms (both at once, empty database)`);
    proxy = await startProxy(BASE_PORT + 2, PORTS);
    const via = proxy.url;

    // Wrong codes from one client, alternating between the instances: limited as by one server.
    const guesser = loopbackAddress();
    const guesses: number[] = [];
    for (let i = 0; i < 32; i++)
      guesses.push(
        (await peerPost(via, "/api/classes/join", { joinCode: randomCode(), name: "G" }, { from: guesser }))
          .status,
      );
    expect(guesses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(guesses.slice(30)).toEqual([429, 429]);
    expect(proxy.served.every((n) => n >= 15)).toBe(true);
    note(`wrong codes: 30 × 404 then 429, served ${proxy.served.join(" + ")} by the two instances`);

    const created = await send(`${via}/api/classes`, { body: { comparison: SEED, title: "Scale" } });
    expect(created.status).toBe(201);
    const cls = created.body as { id: string; joinCode: string; teacherToken: string };

    const joins = await pool(STUDENTS, 20, (i) =>
      send(`${via}/api/classes/join`, { body: { joinCode: cls.joinCode, name: `Student ${i}` } }),
    );
    expect(joins.map((j) => j.status)).toEqual(Array(STUDENTS).fill(201));
    const students = joins.map((j) => j.body as { studentId: string; studentToken: string });
    note(`${STUDENTS} joins: ${spread(joins.map((j) => j.ms))}`);

    // Every student tags every passage; an instance dies a third of the way through.
    const tags = students.flatMap((s, i) =>
      PASSAGES.map((passageId, p) => ({
        token: s.studentToken,
        body: {
          passageId,
          label: LABELS[(i + p) % LABELS.length],
          clientId: randomBytes(12).toString("base64url"),
        },
      })),
    );
    let acknowledged = 0;
    let killedAt = -1;
    let killed: Promise<void> | undefined;
    const victim = servers.find((s) => s.port === PORTS[1]);
    const results = await pool(tags.length, 20, async (t) => {
      const tag = tags[t];
      if (!tag) throw new Error("no tag");
      const answer = await send(`${via}/api/classes/${cls.id}/responses`, {
        token: tag.token,
        body: tag.body,
      });
      if (answer.status === 200 || answer.status === 201) acknowledged++;
      if (acknowledged >= tags.length / 3 && killedAt < 0 && victim) {
        killedAt = acknowledged;
        killed = victim.kill();
      }
      return answer;
    });
    expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(killedAt).toBeGreaterThan(0);
    const retried = results.filter((r) => r.attempts > 1);
    note(
      `${tags.length} tags: ${spread(results.map((r) => r.ms))}; instance 2 SIGKILLed after ${killedAt} acks; ` +
        `${retried.length} retried (at most ${Math.max(0, ...retried.map((r) => r.attempts))} attempts)`,
    );

    // Nothing acknowledged is lost, nothing is stored twice: each student's work is exactly their tags.
    for (const [i, student] of students.entries()) {
      const me = await send(`${via}/api/classes/${cls.id}/me`, { token: student.studentToken });
      const mine = tags.slice(i * PASSAGES.length, (i + 1) * PASSAGES.length).map((t) => t.body);
      const stored = (me.body as { responses: { passageId: string; label: string; clientId: string }[] })
        .responses;
      expect(stored.map(({ passageId, label, clientId }) => ({ passageId, label, clientId }))).toEqual(
        expect.arrayContaining(mine),
      );
      expect(stored).toHaveLength(PASSAGES.length);
    }

    // The killed instance comes back; both give the same dashboard, and it remembers the wrong codes.
    await killed;
    const again = await start(PORTS[1] ?? 0);
    note(`restart of the killed instance to first ready answer: ${again.ms} ms`);
    const dashboards = await Promise.all(
      PORTS.map((port) =>
        send(`http://127.0.0.1:${port}/api/classes/${cls.id}/dashboard`, { token: cls.teacherToken }),
      ),
    );
    expect(dashboards[0]?.status).toBe(200);
    expect(dashboards[1]?.body).toEqual(dashboards[0]?.body);
    expect(JSON.stringify(dashboards[0]?.body)).toContain("Student 99");
    const direct = await peerPost(
      `http://127.0.0.1:${PORTS[1]}`,
      "/api/classes/join",
      { joinCode: randomCode(), name: "G" },
      { from: guesser },
    );
    expect(direct.status).toBe(429);

    // An import deleted through one instance is gone from the other, cached cue report included.
    const imported = await send(`${via}/api/comparisons`, {
      body: { title: "Scale import", documents: [REPORT, { ...OPINION, url: null }] },
    });
    expect(imported.status).toBe(201);
    const { slug, editKey } = imported.body as { slug: string; editKey: string };
    const cues = (port: number) => send(`http://127.0.0.1:${port}/api/comparisons/${slug}/cues`);
    expect((await Promise.all(PORTS.map(cues))).map((r) => r.status)).toEqual([200, 200]);
    const removed = await send(`http://127.0.0.1:${PORTS[0]}/api/comparisons/${slug}`, {
      method: "DELETE",
      token: editKey,
    });
    expect(removed.status).toBe(204);
    expect((await cues(PORTS[1] ?? 0)).status).toBe(404);
  } finally {
    await proxy?.close();
    for (const server of servers) if (groupAlive(server.pgid)) await server.stop();
    await database.drop();
  }
});
