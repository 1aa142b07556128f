import { describe, expect, it } from "vitest";
import { ANSWERS_PAGE, formatCursor, parseAnswersQuery, START } from "./answers-cursor";

const parse = (query: string) => parseAnswersQuery(new URLSearchParams(query));

describe("parseAnswersQuery", () => {
  it("starts at the beginning with the default page size", () => {
    expect(parse("")).toEqual({ ok: true, after: START, limit: ANSWERS_PAGE.default });
  });

  it("reads a cursor it formatted and a limit", () => {
    const after = { seq: 4711, id: 12 };
    expect(parse(`after=${formatCursor(after)}&limit=50`)).toEqual({ ok: true, after, limit: 50 });
  });

  it.each([
    ["after=abc", /after: not a cursor/],
    ["after=12", /after: not a cursor/],
    ["after=-1-2", /after: not a cursor/],
    ["after=1-2-3", /after: not a cursor/],
    ["after=1234567890123456-1", /after: not a cursor/],
    ["limit=0", /limit: a whole number from 1 to 200/],
    ["limit=201", /limit: a whole number/],
    ["limit=1.5", /limit: a whole number/],
    ["limit=", /limit: a whole number/],
    ["since=3", /since: unknown parameter/],
  ])("refuses %s, naming the problem", (query, message) => {
    const parsed = parse(query);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
