/**
 * The class-activity API as the browser sees it (README, "Class activities"). Types only from the
 * server modules: zod and node:crypto stay off the client.
 */
import type { Dashboard } from "@/lib/classroom/dashboard";
import type { JoinedSeat } from "@/lib/classroom/service-join";
import { type ApiInit, apiFetch, apiJson } from "../ui/fetch-json";

/** The activity as GET /api/classes/{id} answers it (`joinCode` for the teacher only). */
export type { Activity } from "@/lib/classroom/service";

export interface Created {
  id: string;
  joinCode: string;
  teacherToken: string;
  teacherPath: string;
}

/** What joining answers: the server's own type (a type-only import, nothing of it ships). */
export type Joined = JoinedSeat;

export interface MyResponse {
  passageId: string;
  label: string;
  note: string | null;
  clientId: string;
  updatedAt: string;
}

export interface MyAnswer {
  promptId: string;
  text: string;
  clientId: string;
  updatedAt: string;
}

export interface Me {
  student: { id: string; name: string };
  responses: MyResponse[];
  answers: MyAnswer[];
}

export type DashboardData = Dashboard & { open: boolean; maxStudents: number };

/** An API refusal, with the seconds a 429 asks the client to wait (the one client: ../ui/fetch-json). */
export { ApiError as ClassApiError } from "../ui/fetch-json";

type ClassInit = Omit<ApiInit, "cache">;

/** The raw response of an authorised call, never cached; non-2xx answers become a thrown ClassApiError. */
export const classFetch = (url: string, init?: ClassInit) => apiFetch(url, { ...init, cache: "no-store" });

/** JSON of an authorised call (undefined for 204), never cached. */
export const classJson = <T>(url: string, init?: ClassInit) =>
  apiJson<T>(url, { ...init, cache: "no-store" });

export const classUrl = (id: string, rest = "") => `/api/classes/${encodeURIComponent(id)}${rest}`;
