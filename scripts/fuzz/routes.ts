/**
 * The routes the fuzzer calls: the route manifest (lib/api/routes.ts), with its example bodies, plus
 * unknown paths. Placeholders are filled at send time with what setup created (imports, classes and
 * their tokens), so a seed describes the same requests on every run while the ids differ.
 */
import { API_ROUTES, type Auth } from "../../lib/api/routes";

export const SEED_SLUG = "israel-russia";
export const IMPORT = "{import}";
/** A second import, which DELETE may remove without starving the others (its edit key is the valid one). */
export const DOOMED = "{doomed}";
export const CLASS = "{class}";
/** The student removal route's student: a second one, so the first keeps its seat. */
export const STUDENT_ID = "{studentid}";
export const JOIN = "{joincode}";

export const METHODS = ["GET", "POST", "PATCH", "DELETE", "PUT", "HEAD", "OPTIONS"] as const;
export type Method = (typeof METHODS)[number];

export interface Route {
  /** Path with `{slug}`, `{id}`, `{passageId}` or `{studentId}` holes. */
  template: string;
  /** Methods the route implements (the others must answer 405 or 404, never 5xx). */
  methods: Method[];
  /** A valid body per method, to mutate. */
  bodies: Partial<Record<Method, unknown>>;
  /** Which credential a valid request carries, per method. */
  auth: Partial<Record<Method, Auth>>;
}

/** `/api/classes/[id]/responses/[passageId]` → `/api/classes/{id}/responses/{passageId}`. */
const template = (path: string) => path.replace(/\[(\w+)\]/g, "{$1}");

export const ROUTES: Route[] = [
  ...Object.entries(API_ROUTES).map(([path, operations]) => {
    const ops = Object.entries(operations) as [Method, { auth: Auth; example?: unknown }][];
    return {
      template: template(path),
      methods: ops.map(([method]) => method),
      bodies: Object.fromEntries(ops.flatMap(([m, op]) => ("example" in op ? [[m, op.example]] : []))),
      auth: Object.fromEntries(ops.map(([m, op]) => [m, op.auth])),
    };
  }),
  { template: "/api/{unknown}", methods: [], bodies: {}, auth: {} },
];
