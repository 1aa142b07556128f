import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isJsonContentType, readJson } from "./request-body";

const schema = z.object({ name: z.string().min(1) });
const post = (body: string, type: string | null = "application/json") =>
  new Request("http://localhost/api/x", {
    method: "POST",
    body,
    headers: type === null ? {} : { "Content-Type": type },
  });

async function errorOf(result: Awaited<ReturnType<typeof readJson>>) {
  if (result.ok) throw new Error("expected a refusal");
  return {
    status: result.response.status,
    error: ((await result.response.json()) as { error: string }).error,
  };
}

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["Application/JSON; charset=utf-8", true],
    ["application/merge-patch+json", true],
    ["text/plain", false],
    ["application/x-www-form-urlencoded", false],
    ["multipart/form-data; boundary=x", false],
    ["", false],
    [null, false],
  ])("%j → %s", (value, expected) => {
    expect(isJsonContentType(value)).toBe(expected);
  });
});

describe("readJson", () => {
  it("returns the validated value", async () => {
    const result = await readJson(post('{"name":"Ada"}'), schema, 1024);
    expect(result).toEqual({ ok: true, value: { name: "Ada" } });
  });

  it("refuses a body that is not declared as JSON with 415, before reading it", async () => {
    expect(await errorOf(await readJson(post('{"name":"Ada"}', "text/plain"), schema, 1024))).toMatchObject({
      status: 415,
      error: expect.stringMatching(/Content-Type: application\/json/),
    });
    expect((await errorOf(await readJson(post('{"name":"Ada"}', null), schema, 1024))).status).toBe(415);
  });

  it("names the field holding an unpaired surrogate", async () => {
    const result = await readJson(post('{"name":"Who\\udfff?"}'), schema, 1024);
    expect(await errorOf(result)).toEqual({
      status: 400,
      error: expect.stringMatching(/^Invalid request\. name: contains an unpaired surrogate/),
    });
  });

  it("answers 413 past the size limit and 400 for malformed JSON or invalid fields", async () => {
    expect((await errorOf(await readJson(post(`{"name":"${"x".repeat(2000)}"}`), schema, 1024))).status).toBe(
      413,
    );
    expect(await errorOf(await readJson(post("{"), schema, 1024))).toEqual({
      status: 400,
      error: "Request body must be JSON.",
    });
    expect((await errorOf(await readJson(post('{"name":""}'), schema, 1024))).error).toMatch(
      /^Invalid request\. name:/,
    );
  });
});

describe("readJson on deeply nested bodies", () => {
  it("answers 400, never throwing, for a body nested 100,000 levels deep", async () => {
    const deep = `{"name":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const result = await readJson(post(deep), schema, 1024 * 1024);
    expect((await errorOf(result)).status).toBe(400);
  });
});
