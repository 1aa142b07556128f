import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ANSWER_CSV_HEADER,
  answersToCsv,
  csvFilename,
  escapeCsvField,
  excerpt,
  RESPONSE_CSV_HEADER,
  responsesToCsv,
  toCsv,
} from "./csv";

/** A strict RFC 4180 reader, for the round trip only. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error("unterminated quote");
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    }
    const ch = text[i];
    if (ch === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (ch === '"' || ch === "\r" || ch === "\n") {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("missing final CRLF");
  return rows;
}

/** What the export should hold for a field: the value, with a leading ' when it looks like a formula. */
const protect = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe("CSV", () => {
  it("quotes fields with commas, quotes and newlines, doubling quotes", () => {
    expect(escapeCsvField("plain")).toBe("plain");
    expect(escapeCsvField("a,b")).toBe('"a,b"');
    expect(escapeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvField("two\nlines")).toBe('"two\nlines"');
    expect(toCsv(["a", "b"], [["1", "2"]])).toBe("a,b\r\n1,2\r\n");
  });

  it("defuses spreadsheet formulas", () => {
    expect(escapeCsvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(escapeCsvField("+1")).toBe("'+1");
    expect(escapeCsvField("-2")).toBe("'-2");
    expect(escapeCsvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(escapeCsvField("\tx")).toBe("'\tx");
    expect(escapeCsvField("\rx")).toBe('"\'\rx"');
    expect(escapeCsvField("a=b")).toBe("a=b");
  });

  it("round-trips any table through an RFC 4180 reader", () => {
    const table = fc.array(
      fc.array(fc.string({ unit: "binary", maxLength: 40 }), { minLength: 3, maxLength: 3 }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parseCsv(toCsv(["a", "b", "c"], rows));
        expect(parsed[0]).toEqual(["a", "b", "c"]);
        expect(parsed.slice(1)).toEqual(rows.map((r) => r.map(protect)));
        for (const r of parsed.slice(1)) for (const f of r) expect(f).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 300 },
    );
  });

  it("writes one row per response with documented columns", () => {
    const csv = responsesToCsv([
      {
        classId: "c1",
        classTitle: "Period 3",
        studentId: "s-1",
        studentName: "=cmd|' /C calc'!A0",
        documentId: "news",
        passageId: "news-p4",
        passageText: `${"word ".repeat(40)}end`,
        label: "Claim to check",
        note: 'Who says "latitude"?',
        createdAt: new Date("2025-03-01T10:00:00Z"),
        updatedAt: "2025-03-01T10:05:00.000Z",
      },
    ]);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...RESPONSE_CSV_HEADER]);
    expect(rows[1]).toEqual([
      "c1",
      "Period 3",
      "s-1",
      "'=cmd|' /C calc'!A0",
      "news",
      "news-p4",
      excerpt(`${"word ".repeat(40)}end`),
      "Claim to check",
      'Who says "latitude"?',
      "2025-03-01T10:00:00.000Z",
      "2025-03-01T10:05:00.000Z",
    ]);
    expect(rows).toHaveLength(2);
  });

  it("writes one row per answer with the prompt's text, formula-safe", () => {
    const rows = parseCsv(
      answersToCsv([
        {
          classId: "c1",
          classTitle: "Period 3",
          studentId: "s-2",
          studentName: "Ben",
          promptId: "generic-quoted",
          promptText: "Who is quoted on each side, and who is not?",
          text: '+SUM(A1)\nand "more"',
          updatedAt: new Date("2025-03-01T10:05:00Z"),
        },
      ]),
    );
    expect(rows[0]).toEqual([...ANSWER_CSV_HEADER]);
    expect(rows[1]).toEqual([
      "c1",
      "Period 3",
      "s-2",
      "Ben",
      "generic-quoted",
      "Who is quoted on each side, and who is not?",
      '\'+SUM(A1)\nand "more"',
      "2025-03-01T10:05:00.000Z",
    ]);
  });

  it("names files by title and date with safe characters only", () => {
    const at = new Date("2025-03-01T23:59:00Z");
    expect(csvFilename('Période 3: Israël/Russia "vote"', at, "tags")).toBe(
      "periode-3-israel-russia-vote-2025-03-01-tags.csv",
    );
    expect(csvFilename("../../etc", at, "answers")).toBe("etc-2025-03-01-answers.csv");
    expect(csvFilename("日本語", at, "answers")).toBe("activity-2025-03-01-answers.csv");
    expect(csvFilename("a".repeat(200), at, "tags")).toMatch(/^a{60}-2025-03-01-tags\.csv$/);
  });

  it("shortens excerpts by code point", () => {
    expect(excerpt("short  text\n")).toBe("short text");
    const long = excerpt("😀".repeat(100));
    expect(Array.from(long)).toHaveLength(80);
    expect(long.endsWith("…")).toBe(true);
  });
});
