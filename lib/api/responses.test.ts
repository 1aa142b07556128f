import { describe, expect, it } from "vitest";
import { cachedJson, etagOf, revalidatedJson } from "./responses";

const body = JSON.stringify({ text: "Israel’s balancing act" });
const etag = etagOf(body);
const get = (headers: Record<string, string> = {}) => new Request("http://x/api/comparisons", { headers });

describe.each([
  ["cachedJson", cachedJson, "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400"],
  ["revalidatedJson", revalidatedJson, "no-cache"],
])("%s", (_, respond, cacheControl) => {
  it("sends the body as JSON with its ETag and caching policy", async () => {
    const res = respond(body, etag, get());
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe(cacheControl);
    expect(res.headers.get("etag")).toBe(etag);
    expect(await res.text()).toBe(body);
  });

  it.each([etag, etag.replace(/^W\//, ""), `"other", ${etag}`, `"other",${etag}`, "*"])(
    "answers If-None-Match %s with an empty 304 that keeps the validators",
    async (ifNoneMatch) => {
      const res = respond(body, etag, get({ "If-None-Match": ifNoneMatch }));
      expect(res.status).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(await res.text()).toBe("");
    },
  );

  it("sends the body again when the tag is stale", () => {
    expect(respond(body, etag, get({ "If-None-Match": etagOf("{}") })).status).toBe(200);
  });
});

describe("etagOf", () => {
  it("is a weak tag that changes with the body", () => {
    expect(etag).toMatch(/^W\/"[0-9a-z]+-[0-9a-z]+"$/);
    expect(etagOf(`${body} `)).not.toBe(etag);
  });
});
