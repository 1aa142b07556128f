/**
 * The floor's own (empty) instrumentation hook. Without it Next 16 builds the repository's root
 * instrumentation.ts into this app, whose request hooks send every response the API's
 * `default-src 'none'` policy: the floor's scripts were then blocked and its figures flattered.
 */
export function register(): void {}
