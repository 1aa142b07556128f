/** The framing lens is part of a comparison's wire shape, so lib/corpus owns its schema (one per shape). */
export * from "../corpus/framing-schema";
