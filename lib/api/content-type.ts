/**
 * The JSON Content-Type, for the route helpers and for next.config.ts, which reads this file at build
 * time outside React's server condition (so it imports nothing and is not marked server-only).
 */
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";

/** Every API path not ending in `.csv` (path-to-regexp, as Next matches a header rule's `source`). */
export const JSON_API_SOURCE = "/api/:path((?!.*\\.csv$).*)";
