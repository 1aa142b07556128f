/**
 * What an unexpected error may put in the log: its kind, the SQL that failed and the database's own
 * code, with its stack frames. Never the query's parameters (drizzle repeats them in its message: people's
 * text, token hashes) and never the database's `detail`, which quotes the offending values.
 */
export interface ErrorFields {
  name: string;
  message: string;
  cause?: string;
  code?: string;
  constraint?: string;
  stack?: string;
}

const withoutParams = (message: string) => message.split("\nparams:")[0] ?? "";
const frames = (stack: string | undefined) =>
  stack
    ?.split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
const stringField = (value: unknown) => (typeof value === "string" ? value : undefined);

export function errorFields(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { name: typeof error, message: "a non-Error value was thrown" };
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const database = (cause ?? error) as { code?: unknown; constraint?: unknown };
  return {
    name: error.name,
    message: withoutParams(error.message),
    cause: cause ? withoutParams(cause.message) : undefined,
    code: stringField(database.code),
    constraint: stringField(database.constraint),
    stack: frames(error.stack),
  };
}
