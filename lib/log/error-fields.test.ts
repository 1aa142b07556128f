import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { errorFields } from "./error-fields";

describe("errorFields", () => {
  it("keeps a failed query's SQL and database code but never its parameters or detail", () => {
    const pg = Object.assign(
      new Error('duplicate key value violates unique constraint "students_token_uq"'),
      {
        code: "23505",
        constraint: "students_token_uq",
        detail: "Key (token_hash)=(5f2a…secret-hash) already exists.",
      },
    );
    const error = new DrizzleQueryError(
      'insert into "students" ("name", "token_hash") values ($1, $2)',
      ["Ada's private note", "5f2a-secret-hash"],
      pg,
    );
    const fields = errorFields(error);
    expect(fields).toMatchObject({
      message: 'Failed query: insert into "students" ("name", "token_hash") values ($1, $2)',
      cause: 'duplicate key value violates unique constraint "students_token_uq"',
      code: "23505",
      constraint: "students_token_uq",
    });
    const logged = JSON.stringify(fields);
    expect(logged).not.toContain("secret-hash");
    expect(logged).not.toContain("private note");
    expect(fields.stack).toMatch(/^\s+at /);
  });

  it("describes values that are not errors without printing them", () => {
    expect(errorFields("token=abc")).toEqual({ name: "string", message: "a non-Error value was thrown" });
  });
});
