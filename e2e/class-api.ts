/** Helpers for the class-activity API tests: creating, joining and calling with a token. */
import { randomBytes } from "node:crypto";
import { type APIRequestContext, expect } from "@playwright/test";
import type { Created, Joined } from "../components/classroom/class-api";

export const SEED = "israel-russia";

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A well-formed join code that is almost surely nobody's. */
export const randomCode = () =>
  Array.from(randomBytes(6), (b) => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[b % 31]).join("");

export const clientId = () => randomBytes(12).toString("base64url");

/** The API's answers, typed as the browser's client types them (from the server's own types). */
export type { Created, Joined } from "../components/classroom/class-api";

export async function createClass(
  request: APIRequestContext,
  body: Record<string, unknown> = { comparison: SEED, title: "Period 3" },
): Promise<Created> {
  const response = await request.post("/api/classes", { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

export async function join(request: APIRequestContext, joinCode: string, name: string): Promise<Joined> {
  const response = await request.post("/api/classes/join", { data: { joinCode, name } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

/** Runs `task` for 0..n-1 with at most `limit` at once. */
export async function pool<T>(n: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(n);
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
  return results;
}
