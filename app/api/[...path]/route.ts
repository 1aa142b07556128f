import { jsonError } from "@/lib/api/responses";

/** Unknown API paths answer in JSON like the rest of the API, not with the HTML 404 page. */
function notFound(request: Request): Response {
  return jsonError(404, `No API endpoint at ${new URL(request.url).pathname}.`);
}

export { notFound as DELETE, notFound as GET, notFound as PATCH, notFound as POST, notFound as PUT };
