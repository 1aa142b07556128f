import { type APIRequestContext, expect, test } from "@playwright/test";
import { bearer, SEED } from "./class-api";
import { OPINION, REPORT } from "./fixtures/articles";
import { forgetSuggestions } from "./fixtures/older-import";

/**
 * The aligner's suggestions of a saved import (issue 15): kept at save, served to the owner's editor
 * with the edit key, never in the comparison readers load.
 */

const DOCUMENTS = [REPORT, { ...OPINION, url: null }];
type Candidate = { id: string; score: number };

/** What the preview showed: each passage's candidates from /api/align, passages without any left out. */
async function previewCandidates(request: APIRequestContext): Promise<Record<string, Candidate[]>> {
  const aligned = await request.post("/api/align", {
    data: { documents: DOCUMENTS.map((d) => ({ title: d.title, text: d.text })) },
  });
  expect(aligned.status()).toBe(200);
  const body = (await aligned.json()) as {
    documents: { passages: { id: string; candidates: Candidate[] }[] }[];
  };
  const passages = body.documents.flatMap((d) => d.passages).filter((p) => p.candidates.length > 0);
  return Object.fromEntries(passages.map((p) => [p.id, p.candidates]));
}

async function importWith(request: APIRequestContext, data: Record<string, unknown>) {
  const created = await request.post("/api/comparisons", {
    data: { title: "Suggestions kept", documents: DOCUMENTS, ...data },
  });
  expect(created.status()).toBe(201);
  return (await created.json()) as { slug: string; editKey: string };
}

test("the owner gets the preview's suggestions back; readers and other keys do not", async ({ request }) => {
  const preview = await previewCandidates(request);
  expect(Object.keys(preview).length).toBeGreaterThan(0);
  const { slug, editKey } = await importWith(request, {});
  const url = `/api/comparisons/${slug}/suggestions`;

  const owner = await request.get(url, { headers: bearer(editKey) });
  expect(owner.status()).toBe(200);
  expect(owner.headers()["cache-control"]).toBe("private, no-store");
  expect(await owner.json()).toEqual({ candidates: preview });

  const reader = await (await request.get(`/api/comparisons/${slug}`)).text();
  expect(reader).not.toContain("candidates");

  const other = await importWith(request, {});
  for (const headers of [{}, bearer(other.editKey), bearer("k".repeat(43))]) {
    const refused = await request.get(url, { headers });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error).toMatch(/edit key/);
  }
  const seed = await request.get(`/api/comparisons/${SEED}/suggestions`, { headers: bearer(editKey) });
  expect(seed.status()).toBe(403);
  const unknown = await request.get("/api/comparisons/no-such-import/suggestions", {
    headers: bearer(editKey),
  });
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error).toMatch(/No comparison "no-such-import"/);
  for (const s of [slug, other.slug])
    await request.delete(`/api/comparisons/${s}`, {
      headers: bearer(s === slug ? editKey : other.editKey),
    });
});

test("suggestions a client sends are never stored: only the server's own", async ({ request }) => {
  const preview = await previewCandidates(request);
  // A forged suggestion in the same text, with an impossible score, wherever a client might put it.
  const forged = [{ id: "doc-1-p1", score: 7 }];
  const { slug, editKey } = await importWith(request, {
    documents: DOCUMENTS.map((d) => ({ ...d, candidates: forged })),
    alignment: {
      topics: [],
      passages: {},
      links: [],
      candidates: { "doc-1-p2": forged },
    },
  });
  const owner = await request.get(`/api/comparisons/${slug}/suggestions`, { headers: bearer(editKey) });
  expect(await owner.json()).toEqual({ candidates: preview });
  await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
});

test("an import saved before suggestions were kept has none, and no error", async ({ request }) => {
  const database = process.env.TEST_DATABASE_URL;
  test.skip(!database, "needs the server's database (TEST_DATABASE_URL) to make an older import");
  const { slug, editKey } = await importWith(request, {});
  await forgetSuggestions(database, slug);
  const owner = await request.get(`/api/comparisons/${slug}/suggestions`, { headers: bearer(editKey) });
  expect(owner.status()).toBe(200);
  expect(await owner.json()).toEqual({ candidates: {} });
  await request.delete(`/api/comparisons/${slug}`, { headers: bearer(editKey) });
});
