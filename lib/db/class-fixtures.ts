/** A class on the seed comparison, for the storage tests of class activities. */
import type { NewClass } from "./classes";

export const sampleClass: NewClass = {
  comparison: "israel-russia",
  title: "Period 3",
  topics: ["un-votes"],
  prompts: [{ id: "p1", topic: null, text: "Who is quoted?" }],
  labels: [
    { id: "fact", label: "Fact", description: "" },
    { id: "opinion", label: "Opinion", description: "" },
  ],
};
