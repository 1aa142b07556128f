import { type AlignOptions, alignDocuments, DEFAULT_ALIGN_OPTIONS } from "./index";

/** Unrelated passages beside a test's text, so that the words of the text are rare enough to count. */
const OTHER = [
  "Nothing related here whatsoever.",
  "Rain fell on the fields.",
  "The market opened late.",
  "A dog barked twice.",
  "Bakers sold bread.",
  "Snow closed schools.",
].join("\n\n");

/** Which passages of `text` take the topic given, with the topic options changed as asked. */
export const tagsOf = (
  text: string,
  topic: { label: string; keywords?: string[] },
  topics: Partial<AlignOptions["topics"]> = {},
) =>
  alignDocuments(
    { documents: [{ text }, { text: OTHER }], topics: [{ id: "t", ...topic }] },
    { ...DEFAULT_ALIGN_OPTIONS, topics: { ...DEFAULT_ALIGN_OPTIONS.topics, ...topics } },
  ).documents[0]?.passages.map((p) => p.topics.length > 0);
