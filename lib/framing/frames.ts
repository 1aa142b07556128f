/** The frame vocabulary belongs to the lens's wire shape, owned by lib/corpus. */
export * from "../corpus/frames";
