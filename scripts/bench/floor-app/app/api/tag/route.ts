/**
 * The floor for a write: a bare POST route that parses a JSON body and answers 201 with a small JSON
 * body, no validation, no storage. bench:class measures Parallax's tag writes against it.
 */
export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const body = (await request.json()) as { clientId?: unknown };
  return Response.json({ result: "created", clientId: body.clientId ?? null }, { status: 201 });
}
