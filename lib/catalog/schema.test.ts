import { describe, expect, it } from "vitest";
import { importRequestSchema } from "./schema";

const doc = (title: string, outlet = "Outlet") => ({ title, outlet, genre: "news", text: "Some words." });
const request = (title: string, docs = [doc("One"), doc("Two")]) => ({ title, documents: docs });
const messages = (value: unknown) => {
  const parsed = importRequestSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("importRequestSchema: what others will see listed", () => {
  it("accepts ordinary titles in any script", () => {
    expect(messages(request("Israel and Russia", [doc("ישראל ורוסיה"), doc("Россия и Израиль")]))).toEqual(
      [],
    );
  });

  it("refuses direction-spoofing and blank-looking titles, outlets and labels, naming the field", () => {
    expect(messages(request("\u202Eevil title gnp.exe"))).toEqual([
      "title: must not contain invisible or direction-changing characters",
    ]);
    expect(messages(request("ok", [doc("One"), doc("\u3164\u3164")]))).toEqual([
      "documents.1.title: must contain visible characters",
    ]);
    expect(messages(request("ok", [doc("One", "Fox\u200F"), doc("Two")]))).toEqual([
      "documents.0.outlet: must not contain invisible or direction-changing characters",
    ]);
    expect(messages({ ...request("ok"), topics: [{ id: "t", label: "\u200B" }] })).toEqual([
      "topics.0.label: must not contain invisible or direction-changing characters",
    ]);
  });

  it("keeps naming a NUL once", () => {
    expect(messages(request("a\u0000b"))).toEqual(["title: must not contain NUL characters"]);
  });
});
