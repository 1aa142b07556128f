/**
 * The class-activity API as the browser sees it (README, "Class activities"). Every type comes from
 * the server (its services' results, its zod schemas' inputs) by type-only imports: zod and
 * node:crypto stay off the client, and a change on the server shows here at type-check.
 */
import type { createActivity, studentWork } from "@/lib/classroom/service";
import type { DashboardSummary } from "@/lib/classroom/service-dashboard";
import type { JoinedSeat } from "@/lib/classroom/service-join";
import { type ApiInit, apiFetch, apiJson } from "../ui/fetch-json";

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

/** An API refusal, with the seconds a 429 asks the client to wait (the one client: ../ui/fetch-json). */
export { ApiError as ClassApiError } from "../ui/fetch-json";

type ClassInit = Omit<ApiInit, "cache">;

/**
 * The raw response of an authorised call, never cached; non-2xx answers become a thrown ClassApiError,
 * but for a 304 when `etag` was sent.
 */
export const classFetch = (url: string, init?: ClassInit) => apiFetch(url, { ...init, cache: "no-store" });

/** JSON of an authorised call (undefined for 204), never cached. */
export const classJson = <T>(url: string, init?: ClassInit) =>
  apiJson<T>(url, { ...init, cache: "no-store" });

export const classUrl = (id: string, rest = "") => `/api/classes/${encodeURIComponent(id)}${rest}`;
