import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getComparison } from "../catalog/seeds";
import { SEED_SLUG } from ".";
import {
  describeCommentDates,
  describeGap,
  describeTiming,
  formatDate,
  formatPartialDate,
  sidesOf,
} from "./sides";

describe("sidesOf", () => {
  it("groups the seed into the news report and the opinion piece with its nine comments", () => {
    const sides = sidesOf(getComparison(SEED_SLUG) ?? { documents: [] });
    expect(sides.map((s) => [s.id, s.replies.length])).toEqual([
      ["news", 0],
      ["opinion", 9],
    ]);
    expect(sides[1]?.replies.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe("describeGap", () => {
  it("is the same whichever date comes first", () => {
    expect(describeGap("2021-04-18", "2024-03-19")).toBe("2 years and 11 months");
    expect(describeGap("2024-03-19", "2021-04-18")).toBe("2 years and 11 months");
  });
  it.each([
    ["2024-01-01", "2024-01-20", "less than a month"],
    ["2024-01-15", "2024-02-15", "1 month"],
    ["2020-02-29", "2021-02-28", "11 months"],
    ["2020-03-01", "2023-03-01", "3 years"],
  ])("%s to %s is %s", (a, b, gap) => expect(describeGap(a, b)).toBe(gap));
});

describe("formatDate", () => {
  it("writes ISO dates the way readers do, whatever the time zone", () => {
    expect(formatDate("2024-03-19")).toBe("19 March 2024");
    expect(formatDate("2023-10-07")).toBe("7 October 2023");
  });

  it("agrees with Intl's en-GB long date for any day", () => {
    const day = fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("2100-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const intl = date.toLocaleDateString("en-GB", {
          day: "numeric",
          month: "long",
          year: "numeric",
          timeZone: "UTC",
        });
        expect(formatDate(iso)).toBe(intl);
      }),
    );
  });
});

describe("describeTiming", () => {
  it("says when each text was written relative to the other and to 7 October 2023", () => {
    const seed = getComparison(SEED_SLUG);
    const [news, opinion] = seed?.documents ?? [];
    if (!seed || !news || !opinion) throw new Error("seed missing");
    expect(describeTiming(opinion, [news], seed.milestones)).toBe(
      "Written 2 years and 11 months before the news report, and before the 7 October 2023 Hamas attack on Israel.",
    );
    expect(describeTiming(news, [opinion], seed.milestones)).toBe(
      "Written 2 years and 11 months after the opinion piece, and after the 7 October 2023 Hamas attack on Israel.",
    );
  });
});

describe("describeCommentDates", () => {
  it("says the seed's comments run from the piece's year to the date comment 1 gives itself", () => {
    const seed = getComparison(SEED_SLUG);
    const [news, opinion] = sidesOf(seed ?? { documents: [] });
    if (!seed || !news || !opinion) throw new Error("seed missing");
    expect(describeCommentDates(opinion.main, opinion.replies, [news.main], seed.milestones)).toBe(
      "The reader comments run from 2021 to April 2024: comment 1 dates itself April 2024, after the news report, and after the 7 October 2023 Hamas attack on Israel.",
    );
    expect(describeCommentDates(news.main, news.replies, [opinion.main], seed.milestones)).toBeNull();
  });

  it("writes a date only as precisely as it was given", () => {
    expect(["2024", "2024-04", "2024-03-19"].map(formatPartialDate)).toEqual([
      "2024",
      "April 2024",
      "19 March 2024",
    ]);
  });
});
