import { describe, expect, it } from "vitest";
import { alignDocuments } from "../align";
import { runTask } from ".";

describe("runTask", () => {
  it("runs in-process where no worker can start (outside the Next server), with the same result", async () => {
    const input = {
      documents: [
        { text: "The council voted 7 to 4 for the bridge." },
        { text: "The 7 to 4 vote for the bridge was wrong." },
      ],
    };
    expect(await runTask("align", input)).toEqual(alignDocuments(input));
  });
});
