/**
 * The API, declared once: each route's methods, who may call them, the body schema with its size
 * limit, an example body and what a call answers. Route handlers take their schema and the methods
 * they refuse from here (`refusedMethods`); the fuzzer (scripts/fuzz) and docs/api.md (written by
 * `npm run docs:api`, kept equal by a test) are generated from it. Keys are the app/api folders.
 */
import "server-only";
import type { z } from "zod";
import { ALIGN_LIMITS, alignRequestSchema } from "../align/schema";
import { alignmentCorrectionSchema, importRequestSchema, SAVE_LIMITS } from "../catalog/schema";
import {
  answerSchema,
  classSettingsSchema,
  createClassSchema,
  joinSchema,
  responseSchema,
} from "../classroom/schema";
import { extractRequestSchema } from "../import/schema";
import { UPLOAD_LIMITS } from "../limits";
import { methodNotAllowed } from "./responses";

export type Auth = "anyone" | "edit key" | "teacher" | "student" | "teacher or student";

export interface Operation {
  auth: Auth;
  /** What a successful call answers, and the refusals worth knowing. */
  answers: string;
  body?: z.ZodType;
  /** Bytes of body read at most (413 beyond). */
  maxBytes?: number;
  /** A valid body: the fuzzer mutates it, the docs show it; `{joincode}` is filled in by the fuzzer. */
  example?: unknown;
}

type Method = "GET" | "POST" | "PATCH" | "DELETE";
type Operations = Partial<Record<Method, Operation>>;

const KB = 1024;
/** JSON escaping can double a text's size on the wire; the real limits are checked on the parsed texts. */
const textsBytes = (texts: number, bytes: number) => texts * bytes * 2 + 64 * KB;

const text = (topic: string) =>
  `The council voted on the ${topic} on Tuesday. "It is a good day," said the mayor, Ana Ruiz. ` +
  `Critics said the ${topic} costs too much. The budget is 3 million euros.\n\n` +
  `Work starts in May, officials said. Residents are divided.`;

const CORRECTION = {
  topics: [{ id: "cost", label: "Cost" }],
  passages: { "doc-1-p1": ["cost"], "doc-2-p1": ["cost"] },
  links: [{ source: "doc-1-p1", target: "doc-2-p1", score: 1 }],
};

export const API_ROUTES = {
  "/api/comparisons": {
    GET: {
      auth: "anyone",
      answers:
        '200 `{"comparisons":[{"slug","title","origin":"seed","documentCount","topicCount"}]}`: the seeds; imports are not listed (each is read at its link)',
    },
    POST: {
      auth: "anyone",
      body: importRequestSchema,
      maxBytes: textsBytes(SAVE_LIMITS.maxDocuments, SAVE_LIMITS.maxTextChars),
      example: {
        title: "Fuzz import",
        description: "Two short texts.",
        documents: [
          {
            title: "Report",
            outlet: "Daily",
            genre: "news",
            publishedAt: "2024-03-01",
            url: null,
            text: text("bridge"),
          },
          {
            title: "Column",
            outlet: "Weekly",
            genre: "opinion",
            publishedAt: null,
            url: "https://example.org/a",
            text: text("bridge plan"),
          },
        ],
        topics: [{ id: "cost", label: "Cost", keywords: ["budget", "euros"] }],
      },
      answers:
        '201 `{"slug","editKey"}` with a `Location` (the key is in this answer only); the server aligns the texts again and stores them with the given alignment or its own, keeping its suggestions for the owner\'s editor; 400 naming the field; 413 too large; 429 past 20 an hour from one address',
    },
  },
  "/api/comparisons/[slug]": {
    GET: {
      auth: "anyone",
      answers:
        "200 the comparison (`lib/corpus/schema.ts`, `comparisonSchema`): texts, passages, topics, counterparts and the framing lens; unknown slug 404",
    },
    PATCH: {
      auth: "edit key",
      body: alignmentCorrectionSchema,
      maxBytes: 2 * KB * KB,
      example: CORRECTION,
      answers:
        "200 the comparison, its topics, passage topics and links replaced at once (texts never change); 400 unknown passage or topic; 401 missing or wrong key; 403 the seed or an import saved before keys; 404 unknown",
    },
    DELETE: {
      auth: "edit key",
      answers:
        '204; 409 `{"error","activities"}` while class activities use it (nothing deleted); 401 missing or wrong key; 403 the seed; 404 unknown',
    },
  },
  "/api/comparisons/[slug]/cues": {
    GET: {
      auth: "anyone",
      answers:
        '200 `{"sources","passages":{passageId:[{"kind","start","end","quoted"}]},"rates"}`: the language cues; `?format=marks`: `{"sources","rates","passages":{passageId:[kind, start, end, …]}}` (kind indexes the cue kinds), what the reader paints; 400 another format; unknown slug 404',
    },
  },
  "/api/comparisons/[slug]/framing": {
    GET: {
      auth: "anyone",
      answers:
        '200 `{"compare","timeline","claims"}`: the framing lens alone; 404 for an unknown slug or a comparison without one',
    },
  },
  "/api/comparisons/[slug]/passages": {
    GET: {
      auth: "anyone",
      answers:
        "200 the comparison without its framing lens and counterparts; with `?topics=a,b` only the passages on those topics; 400 a bad topic id or more than 60; 404 unknown slug",
    },
  },
  "/api/comparisons/[slug]/suggestions": {
    GET: {
      auth: "edit key",
      answers:
        '200 `{"candidates":{passageId:[{"id","score"}]}}` (`lib/catalog/schema.ts`, `editSuggestionsSchema`): the aligner\'s suggestions kept at save for the owner\'s editor, up to three per other text, best first; `{"candidates":{}}` for an import saved before they were kept; 401 / 403 / 404 as PATCH',
    },
  },
  "/api/comparisons/[slug]/key": {
    POST: {
      auth: "edit key",
      answers:
        "204 when the bearer key is this import's edit key (changes nothing); 401 / 403 / 404 as PATCH",
    },
  },
  "/api/align": {
    POST: {
      auth: "anyone",
      body: alignRequestSchema,
      maxBytes: textsBytes(ALIGN_LIMITS.maxDocuments, ALIGN_LIMITS.maxTextBytes),
      example: {
        documents: [
          { title: "A", text: text("bridge") },
          { title: "B", text: text("tunnel") },
        ],
        topics: [{ id: "cost", label: "Cost", keywords: ["budget"] }],
      },
      answers:
        '200 `{"documents":[{"passages":[{"id","type","text","topics","candidates"}]}],"topics","links"}`, storing nothing; 400 naming each field; 413 more than 4 texts, a text over 256 KB or 2,000 passages, or a passage over 20,000 characters; 422 past its time budget; 429 queue full',
    },
  },
  "/api/import/extract": {
    POST: {
      auth: "anyone",
      body: extractRequestSchema,
      maxBytes: 2 * UPLOAD_LIMITS.maxBytes,
      example: {
        name: "page.html",
        content:
          "<html><head><title>T</title></head><body><article><h1>T</h1><p>One paragraph.</p></article></body></html>",
      },
      answers:
        '200 `{"title","byline","publishedAt","text"}`, the text in the format /api/align takes; 400 bad field; 413 too large or too many elements; 415 unsupported type; 422 unreadable or too slow',
    },
  },
  "/api/health": {
    GET: { auth: "anyone", answers: '200 `{"status":"ok","uptimeSeconds"}`' },
  },
  "/api/ready": {
    GET: {
      auth: "anyone",
      answers: '200 `{"status":"ready","database"}` once the database is open and migrated, else 503',
    },
  },
  "/api/classes": {
    POST: {
      auth: "anyone",
      body: createClassSchema,
      maxBytes: 256 * KB,
      example: {
        comparison: "israel-russia",
        title: "Period 3",
        topics: ["un-votes"],
        prompts: [{ id: "p1", topic: "un-votes", text: "Who is quoted?" }],
        labels: [{ id: "fact", label: "Fact" }],
      },
      answers:
        '201 `{"id","joinCode","teacherToken","teacherPath"}` (the token is shown once); `wholeTexts: true` instead of `topics` gives students every passage; 400 naming the field (both given, a topic no passage carries); 429 past 30 an hour from one address',
    },
  },
  "/api/classes/join": {
    POST: {
      auth: "anyone",
      // Read as any JSON: the service validates it, so a malformed code counts against the limiter.
      body: joinSchema,
      maxBytes: 4 * KB,
      example: { joinCode: "{joincode}", name: "Sam" },
      answers:
        '201 `{"classId","studentId","studentToken","comparison","resumeCode"}`; 200 with `"resumed":true` when a held token or the resume code gives a seat back; 404 wrong code; 409 closed or full; 429 too many wrong codes',
    },
  },
  "/api/classes/[id]": {
    GET: {
      auth: "teacher or student",
      answers: '200 the activity, plus `"joinCode"` for the teacher',
    },
    PATCH: {
      auth: "teacher",
      body: classSettingsSchema,
      maxBytes: KB,
      example: { open: false },
      answers: "200 the activity (`maxStudents` 1–1,000)",
    },
    DELETE: { auth: "teacher", answers: "204; afterwards every route for the id answers 404" },
  },
  "/api/classes/[id]/me": {
    GET: { auth: "student", answers: '200 `{"student","responses","answers"}`' },
  },
  "/api/classes/[id]/responses": {
    POST: {
      auth: "student",
      body: responseSchema,
      maxBytes: 16 * KB,
      example: { passageId: "news-p1", label: "fact", note: "n", clientId: "client-0001" },
      answers:
        "201 created; 200 replaced, or replayed with the same `clientId`; 400 unknown passage or label; 409 closed; 422 a `clientId` reused for another passage",
    },
  },
  "/api/classes/[id]/responses/[passageId]": {
    DELETE: { auth: "student", answers: "204; no such tag 404" },
  },
  "/api/classes/[id]/answers": {
    GET: {
      auth: "teacher",
      answers:
        '200 `{"answers":[{"studentId","student","promptId","text","updatedAt"}],"next","more"}`: the answers written after `?after=` (the previous page\'s `next`), oldest first, `?limit=` 1–200 (100); a rewritten answer comes again; 400 naming a bad parameter',
    },
    POST: {
      auth: "student",
      body: answerSchema,
      maxBytes: 32 * KB,
      example: { promptId: "p1", text: "The analysts.", clientId: "client-0002" },
      answers: "201 / 200 as for responses",
    },
  },
  "/api/classes/[id]/dashboard": {
    GET: {
      auth: "teacher",
      answers:
        '200 `{"version","students","responses","byPassage","byLabel","participation","answers","agreement","open"}` with `ETag`: counts only (answers per prompt, notes per student); `If-None-Match` with the current `ETag` → 304 without a body',
    },
  },
  "/api/classes/[id]/teacher-token": {
    POST: {
      auth: "teacher",
      answers: '200 `{"teacherToken","teacherPath"}`: a new token; the old one is refused from then on',
    },
  },
  "/api/classes/[id]/students/[studentId]": {
    GET: {
      auth: "teacher",
      answers: '200 `{"notes":[{"passageId","label","note"}]}`: the student\'s notes; unknown 404',
    },
    DELETE: {
      auth: "teacher",
      answers: "204: the student, their tags and answers deleted and their token refused; unknown 404",
    },
  },
  "/api/classes/[id]/responses.csv": {
    GET: { auth: "teacher", answers: "200 `text/csv` (UTF-8 with BOM, formula-safe), one row per tag" },
  },
  "/api/classes/[id]/answers.csv": {
    GET: { auth: "teacher", answers: "200 `text/csv`, one row per answer" },
  },
} as const satisfies Record<string, Operations>;

export type ApiPath = keyof typeof API_ROUTES;

const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type RouteMethod = (typeof ROUTE_METHODS)[number];

/** The methods a route answers, as its `Allow` header lists them (HEAD wherever GET is). */
export function allowedMethods(path: ApiPath): string[] {
  const own = Object.keys(API_ROUTES[path]);
  return own.flatMap((m) => (m === "GET" ? ["GET", "HEAD"] : [m]));
}

/**
 * 405 handlers for the methods a route does not declare, for it to export:
 * `export const { DELETE, GET, PATCH, PUT } = refusedMethods("/api/align");`. Only undeclared methods
 * exist in the result, so a route cannot refuse a method the manifest says it answers.
 */
export function refusedMethods<P extends ApiPath>(
  path: P,
): Record<Exclude<RouteMethod, keyof (typeof API_ROUTES)[P]>, () => Response> {
  const refuse = methodNotAllowed(allowedMethods(path));
  const own = new Set(Object.keys(API_ROUTES[path]));
  return Object.fromEntries(ROUTE_METHODS.filter((m) => !own.has(m)).map((m) => [m, refuse])) as Record<
    Exclude<RouteMethod, keyof (typeof API_ROUTES)[P]>,
    () => Response
  >;
}
