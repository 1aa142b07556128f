import type { ApiError } from "../ui/fetch-json";

/** "documents.0.title" → message: where each field shows its own error. */
export function issuesByPath(issues: ApiError["issues"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.join(".");
    out[path] ??= issue.message;
    // A problem inside a field (e.g. a topic's keyword) is shown on the field itself.
    const top = issue.path[0];
    if (top && top !== "documents") out[top] ??= issue.message;
  }
  return out;
}

/** The server's answer to a failed request, announced at once; nothing the teacher typed is lost. */
export function ErrorSummary({ error, issues }: { error: Error | null; issues: Record<string, string> }) {
  if (!error) return null;
  const count = Object.keys(issues).length;
  return (
    <div role="alert" className="rounded-lg border-2 border-error bg-surface p-4 font-sans">
      <p className="font-semibold">
        {count > 0
          ? `Please fix ${count === 1 ? "this field" : `these ${count} fields`}.`
          : "That did not work."}
      </p>
      <p className="text-sm">{error.message}</p>
    </div>
  );
}
