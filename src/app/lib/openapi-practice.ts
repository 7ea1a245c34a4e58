/** OpenAPI paths of accounts-backed features: practice (FSRS), personal data and mock interviews. */
import { z } from "zod";
import { InterviewAnswer, InterviewSetup } from "./interview-input";

const json = (schema: unknown) => ({ "application/json": { schema } });
const err = (description: string) => ({ description, content: json({ $ref: "#/components/schemas/Error" }) });
const body = (schema: unknown) => ({ required: true, content: json(schema) });
const id = (name = "id") => ({ name, in: "path", required: true, schema: { type: "string", format: "uuid" } });
const slug = { name: "slug", in: "path", required: true, schema: { type: "string" } };
const auth =
  "Acts for the signed-in user (better-auth session cookie) or, without one, for this browser's guest cookie. State-changing requests from another site are refused with 403.";

const gradeSchema = {
  type: "object",
  description: "Offline rubric grade (or LLM grade with offline fallback).",
  properties: {
    source: { type: "string", enum: ["offline", "llm", "offline-fallback"] },
    label: { type: "string", enum: ["correct", "partially_correct_incomplete", "contradictory", "irrelevant", "non_domain"] },
    score: { type: "number", minimum: 0, maximum: 5 },
    points: {
      type: "array",
      items: {
        type: "object",
        properties: {
          point: { type: "string" },
          weight: { type: "integer" },
          status: { type: "string", enum: ["covered", "partial", "missing"] },
          evidence: { type: "object", description: "UTF-16 offsets into the answer", properties: { start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } } },
        },
      },
    },
    misconceptions: { type: "array", items: { type: "object", properties: { correction: { type: "string" }, evidence: { type: "object" }, negated: { type: "boolean" } } } },
    feedback: { type: "object", properties: { good: { type: "array", items: { type: "string" } }, missing: { type: "array", items: { type: "string" } }, wrong: { type: "array", items: { type: "string" } }, pointer: { type: "string" } } },
  },
};

export const practicePaths = {
  "/api/practice/sessions": {
    post: {
      summary: "Start flashcards or a timed session",
      description: `${auth} \`source\` is "due" (the Due today queue) or the query string of any filtered list, e.g. "level=mid&topic=oop" (same parameters as GET /api/questions).`,
      operationId: "startPracticeSession",
      requestBody: body({
        type: "object",
        required: ["mode"],
        additionalProperties: false,
        properties: {
          mode: { type: "string", enum: ["flashcards", "timed"] },
          source: { type: "string", default: "due" },
          count: { type: "integer", minimum: 1, maximum: 100, default: 10 },
          minutes: { type: "integer", minimum: 1, maximum: 180, description: "Timed sessions only" },
        },
      }),
      responses: { "201": { description: "Started: `{ id, questionCount, newLimited, url }`" }, "400": err("Bad field or filter"), "404": err("Nothing to practise"), "403": err("Cross-site request") },
    },
  },
  "/api/practice/sessions/{id}": { get: { summary: "A session with its questions, answers and ratings (owner only)", operationId: "getPracticeSession", parameters: [id()], responses: { "200": { description: "The session" }, "404": err("No such session of yours") } } },
  "/api/practice/sessions/{id}/answers/{position}": {
    put: {
      summary: "Save a typed answer (autosave) or a self-score 0–5 in a timed session",
      operationId: "saveSessionAnswer",
      parameters: [id(), { name: "position", in: "path", required: true, schema: { type: "integer", minimum: 0 } }],
      requestBody: body({ type: "object", additionalProperties: false, properties: { answer: { type: "string", maxLength: 20000 }, selfScore: { type: ["integer", "null"], minimum: 0, maximum: 5 } } }),
      responses: { "200": { description: "Saved" }, "404": err("No such session or position"), "409": err("Finished, or time is up") },
    },
  },
  "/api/practice/sessions/{id}/finish": { post: { summary: "Finish a session; typed answers are graded against the rubric", operationId: "finishPracticeSession", parameters: [id()], responses: { "200": { description: "The session with grades" }, "404": err("No such session of yours") } } },
  "/api/practice/reviews": {
    post: {
      summary: "Rate a flashcard; FSRS schedules the next review",
      description: `${auth} Ratings: 1 Again, 2 Hard, 3 Good, 4 Easy (or the words).`,
      operationId: "reviewCard",
      requestBody: body({
        type: "object",
        required: ["question", "rating"],
        additionalProperties: false,
        properties: { question: { type: "string", description: "Question slug" }, rating: { oneOf: [{ type: "integer", minimum: 1, maximum: 4 }, { type: "string", enum: ["again", "hard", "good", "easy"] }] }, sessionId: { type: "string", format: "uuid" }, durationMs: { type: "integer", minimum: 0 } },
      }),
      responses: {
        "201": { description: "`{ card: { due, state, stability, difficulty, reps, lapses, retrievability }, previous, dueIn, nextIntervals }`" },
        "400": err("Bad rating or slug"),
        "404": err("Unknown question"),
      },
    },
  },
  "/api/practice/progress": { get: { summary: "Dashboard figures: due today, reviews per day, streak, retention, mastery by topic and level, history", operationId: "getProgress", responses: { "200": { description: "Progress" } } } },
  "/api/practice/settings": {
    get: { summary: "Practice settings", operationId: "getPracticeSettings", responses: { "200": { description: "`{ newPerDay, requestRetention, timeZone }`" } } },
    put: {
      summary: "Change practice settings",
      operationId: "updatePracticeSettings",
      requestBody: body({ type: "object", additionalProperties: false, properties: { newPerDay: { type: "integer", minimum: 0, maximum: 500 }, requestRetention: { type: "number", minimum: 0.7, maximum: 0.97 }, timeZone: { type: "string", description: "IANA name" } } }),
      responses: { "200": { description: "The settings" }, "400": err("Out of range") },
    },
  },
  "/api/me/questions/{slug}": { get: { summary: "My bookmark and note on a question (note rendered as sanitized HTML)", operationId: "getPersonal", parameters: [slug], responses: { "200": { description: "`{ bookmarked, note, html }`" } } } },
  "/api/me/bookmarks/{slug}": {
    put: { summary: "Bookmark a question", operationId: "addBookmark", parameters: [slug], responses: { "200": { description: "`{ bookmarked: true }`" }, "404": err("Unknown question") } },
    delete: { summary: "Remove a bookmark", operationId: "removeBookmark", parameters: [slug], responses: { "200": { description: "`{ bookmarked: false }`" } } },
  },
  "/api/me/notes/{slug}": {
    put: {
      summary: "Save my Markdown note (empty deletes it)",
      operationId: "saveNote",
      parameters: [slug],
      requestBody: body({ type: "object", required: ["body"], properties: { body: { type: "string", maxLength: 20000 } } }),
      responses: { "200": { description: "`{ note, html }`" }, "413": err("Too long") },
    },
  },
  "/api/me/export": {
    get: {
      summary: "Export my data: JSON (reviews, cards, notes, bookmarks, settings) or an Anki CSV deck",
      operationId: "exportMyData",
      parameters: [{ name: "format", in: "query", schema: { type: "string", enum: ["json", "anki"], default: "json" } }],
      responses: { "200": { description: "A file download" } },
    },
  },
  "/api/me/import": {
    post: {
      summary: "Restore a JSON export (all or nothing)",
      operationId: "importMyData",
      requestBody: body({ type: "object", description: "A file from GET /api/me/export?format=json" }),
      responses: { "200": { description: "`{ cards, reviews, bookmarks, notes, unknownQuestions }` (counts added)" }, "400": err("Not an export; names the bad field") },
    },
  },
};

export const interviewPaths = {
  "/api/interviews": {
    post: {
      summary: "Start a mock interview",
      description: `${auth} Questions adapt: after each graded answer the ability θ is re-estimated (Rasch model, MAP) and the next question is the most informative one, balanced over topics.`,
      operationId: "startInterview",
      requestBody: body(z.toJSONSchema(InterviewSetup, { io: "input" })),
      responses: { "201": { description: "`{ id, url }`" }, "400": err("Bad setup; `error.parameter` names the field") },
    },
    get: { summary: "My interviews, newest first", operationId: "listInterviews", responses: { "200": { description: "`{ items: [{ id, level, status, startedAt, overall, estimatedLevel, questions }] }`" } } },
  },
  "/api/interviews/{id}": { get: { summary: "Setup, turns with grades, the current question, the report once finished", operationId: "getInterview", parameters: [id()], responses: { "200": { description: "The interview" }, "404": err("No such interview of yours") } } },
  "/api/interviews/{id}/answers": {
    post: {
      summary: "Answer the current question; returns its grade, the new θ and the next question (or the report)",
      operationId: "answerInterview",
      parameters: [id()],
      requestBody: body(z.toJSONSchema(InterviewAnswer, { io: "input" })),
      responses: {
        "200": { description: "`{ grade, theta, finished, next, report }`", content: json({ type: "object", properties: { grade: gradeSchema, theta: { type: "number" }, finished: { type: "boolean" }, next: { type: ["object", "null"] }, report: { type: ["object", "null"] } } }) },
        "404": err("No such interview of yours"),
        "409": err("The interview is finished"),
      },
    },
  },
  "/api/interviews/{id}/finish": { post: { summary: "End now; returns the report", operationId: "finishInterview", parameters: [id()], responses: { "200": { description: "`{ report }`" }, "404": err("No such interview of yours") } } },
  "/api/interviews/{id}/practice-next": {
    post: { summary: "Put the report's weak questions into my review queue (due now)", operationId: "queuePracticeNext", parameters: [id()], responses: { "200": { description: "`{ queued }`" }, "409": err("Not finished") } },
  },
};
