/**
 * The class-activity API as the browser sees it (README, "Class activities"). Every type comes from
 * the server (its services' results, its zod schemas' inputs) by type-only imports: zod and
 * node:crypto stay off the client, and a change on the server shows here at type-check.
 */
import type { createActivity, studentWork } from "@/lib/classroom/service";
import type { DashboardSummary } from "@/lib/classroom/service-dashboard";
import type { JoinedSeat } from "@/lib/classroom/service-join";
import { ApiError } from "../ui/fetch-json";

/** The activity as GET /api/classes/{id} answers it (`joinCode` for the teacher only). */
export type { Activity } from "@/lib/classroom/service";

type Value<F extends (...args: never[]) => Promise<unknown>> = Extract<
  Awaited<ReturnType<F>>,
  { ok: true }
>["value"];

/** What creating an activity answers: the server's own type. */
export type Created = Value<typeof createActivity>;

/** What joining answers: the server's own type (a type-only import, nothing of it ships). */
export type Joined = JoinedSeat;

/** A student's own work, as GET …/me answers it. */
export type Me = Value<typeof studentWork>;
export type MyResponse = Me["responses"][number];
export type MyAnswer = Me["answers"][number];

/** What the browser sends: the API's zod schemas' input types. */
export type { AnswerInput, CreateClassRequest, ResponseInput } from "@/lib/classroom/schema";

export type DashboardData = DashboardSummary;
export type { AnswersPage } from "@/lib/classroom/service-dashboard";

/** An API refusal, with the seconds a 429 asks the client to wait. */
export class ClassApiError extends ApiError {
  constructor(
    message: string,
    status: number,
    issues: ApiError["issues"],
    readonly retryAfter: number | null,
  ) {
    super(message, status, issues);
  }
}

type Method = "GET" | "POST" | "PATCH" | "DELETE";

/** The raw response of an authorised call; non-2xx answers become a thrown ClassApiError. */
export async function classFetch(
  url: string,
  {
    method = "GET",
    token,
    body,
    etag,
  }: { method?: Method; token?: string; body?: unknown; etag?: string | undefined } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (etag) headers["If-None-Match"] = etag;
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  if (response.ok || (etag && response.status === 304)) return response;
  const data = (await response.json().catch(() => null)) as {
    error?: string;
    issues?: ApiError["issues"];
  } | null;
  const retry = Number(response.headers.get("Retry-After"));
  throw new ClassApiError(
    data?.error ?? `HTTP ${response.status}`,
    response.status,
    data?.issues ?? [],
    Number.isFinite(retry) && retry > 0 ? retry : null,
  );
}

/** JSON of an authorised call (undefined for 204). */
export async function classJson<T>(url: string, init?: Parameters<typeof classFetch>[1]): Promise<T> {
  const response = await classFetch(url, init);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const classUrl = (id: string, rest = "") => `/api/classes/${encodeURIComponent(id)}${rest}`;
