import { describe, expect, it } from "vitest";
import { isWhollyQuoted, looksLikeHeading, parseLongDate, parseShortDate, splitAuthors } from "./text";

describe("isWhollyQuoted", () => {
  it.each([
    ["“The meeting tackled several issues, said the website.”", true],
    ["“The website said that “no agreements were reached” towards an objective.”", true],
    ['"Israel is playing on a delicate tightrope," said Emmanuel Navon.', false],
    ["“We want to maintain the door open,” said Sarah Fainberg: “We want to rescue them.”", false],
    ["“Jewish influence” in Washington", false],
    ["Plain paragraph.", false],
  ])("%s → %s", (text, expected) => expect(isWhollyQuoted(text)).toBe(expected));
});

describe("looksLikeHeading", () => {
  it.each([
    ["Pragmatic Reasons", true],
    ["“Jewish influence” in Washington", true],
    ["It was a great achievement for the Kremlin.", false],
    ["On March 3/20, Al Monitor reported: “Russia as mediator could change Israel, Hamas game rules", false],
    ["lower case start", false],
  ])("%s → %s", (text, expected) => expect(looksLikeHeading(text)).toBe(expected));
});

describe("dates and authors", () => {
  it("parses the datelines the seeds use", () => {
    expect(parseLongDate("March 19, 2024, 7:35 a.m. ET")).toBe("2024-03-19");
    expect(parseLongDate("April 27, 2023")).toBe("2023-04-27");
    expect(parseShortDate("April 18/21")).toBe("2021-04-18");
    expect(parseLongDate("Smarch 1, 2024")).toBeNull();
    expect(() => parseLongDate("February 30, 2024")).toThrow(/not a calendar date/);
  });

  it("splits bylines", () => {
    expect(splitAuthors("Steven Erlanger and Adam Sella")).toEqual(["Steven Erlanger", "Adam Sella"]);
    expect(splitAuthors("A, B and C")).toEqual(["A", "B", "C"]);
  });
});
