import { EXPERIENCE_BANDS, LEVELS } from "../../core/bank/levels";
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from "../../core/bank/question-query";
import { adminPaths } from "./openapi-admin";
import { interviewPaths, practicePaths } from "./openapi-practice";

const tag = { type: "object", required: ["slug", "name"], properties: { slug: { type: "string" }, name: { type: "string" } } };
const facet = { type: "array", items: { type: "object", required: ["value", "label", "count"], properties: { value: { type: "string" }, label: { type: "string" }, count: { type: "integer" } } } };
const listParam = (name: string, description: string, items: Record<string, unknown>) => ({
  name,
  in: "query",
  required: false,
  description: `${description} Repeat the parameter or separate values with commas.`,
  schema: { type: "array", items },
  style: "form",
  explode: true,
});

/** The OpenAPI 3.1 description of the public JSON API, served at /api/openapi.json. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "PyPrep API",
    version: "1.0.0",
    description: "The PyPrep question bank (browse, full-text search with typo correction, details), code challenges and submissions, practice with FSRS spaced repetition, personal data export, and adaptive mock interviews. Accounts are better-auth endpoints under /api/auth (sign-up/email, sign-in/email, sign-out, revoke-sessions, get-session). Errors are JSON `{ error: { code, message, parameter? } }`.",
  },
  paths: {
    "/api/questions": {
      get: {
        summary: "Browse and search questions",
        operationId: "listQuestions",
        parameters: [
          { name: "q", in: "query", required: false, description: "Search text (titles, summaries, answers); typos are corrected, matches highlighted. At most 200 characters.", schema: { type: "string", maxLength: 200 } },
          listParam("level", "Levels (any of), case-insensitive.", { type: "string", enum: [...LEVELS, ...LEVELS.map((l) => l.toLowerCase())] }),
          listParam("topic", "Topic slugs (all of).", { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }),
          listParam("company", "Company slugs (any of).", { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }),
          listParam("band", "Experience bands in years (any of).", { type: "string", enum: [...EXPERIENCE_BANDS] }),
          { name: "code", in: "query", required: false, description: "Only questions with (yes) or without (no) code examples.", schema: { type: "string", enum: ["yes", "no"] } },
          { name: "set", in: "query", required: false, description: "Only questions of this curated set, in the set's order.", schema: { type: "string" } },
          { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 } },
          { name: "pageSize", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE } },
        ],
        responses: {
          "200": { description: "A page of questions", content: { "application/json": { schema: { $ref: "#/components/schemas/QuestionPage" } } } },
          "400": { description: "A query parameter is invalid or unknown; `error.parameter` names it", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/questions/{slug}": {
      get: {
        summary: "One question",
        operationId: "getQuestion",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" } }],
        responses: {
          "200": { description: "The question", content: { "application/json": { schema: { $ref: "#/components/schemas/QuestionDetail" } } } },
          "400": { description: "Malformed slug", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "404": { description: "No such question", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/challenges": {
      get: {
        summary: "List code challenges",
        operationId: "listChallenges",
        parameters: [
          { name: "difficulty", in: "query", required: false, schema: { type: "string", enum: ["Easy", "Medium", "Hard"] } },
          { name: "topic", in: "query", required: false, schema: { type: "string" } },
          { name: "solved", in: "query", required: false, description: "Solved (an Accepted submission) by this browser", schema: { type: "string", enum: ["yes", "no"] } },
        ],
        responses: { "200": { description: "Challenges, easiest first" }, "400": { description: "Invalid parameter", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
      },
    },
    "/api/challenges/{slug}": {
      get: {
        summary: "One challenge: statement, starter code and visible examples (hidden tests are never sent)",
        operationId: "getChallenge",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "The challenge" }, "404": { description: "No such challenge", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
      },
    },
    "/api/challenges/{slug}/submissions": {
      get: {
        summary: "This user's (or browser's) latest 20 runs and submissions of a challenge, newest first",
        operationId: "listChallengeSubmissions",
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "`{ items: [submission] }`" } },
      },
    },
    "/api/submissions": {
      post: {
        summary: "Queue code for judging",
        description: "`run` judges the visible examples, `submit` the examples and the hidden tests. A burst of submissions queues. Poll the returned URL for the verdict.",
        operationId: "createSubmission",
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["challenge", "code"],
                additionalProperties: false,
                properties: { challenge: { type: "string" }, code: { type: "string", description: "Python source, at most 65536 bytes" }, mode: { type: "string", enum: ["run", "submit"], default: "submit" } },
              },
            },
          },
        },
        responses: {
          "202": { description: "Queued", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string", format: "uuid" }, status: { type: "string" }, poll: { type: "string" } } } } } },
          "400": { description: "Malformed body; `error.parameter` names the field", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "404": { description: "Unknown challenge", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
          "413": { description: "Code larger than 64 KiB", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    "/api/submissions/{id}": {
      get: {
        summary: "A submission of this browser: status, then verdict and per-test results",
        operationId: "getSubmission",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
        responses: {
          "200": {
            description: "status queued | running | done | failed; verdict one of Accepted, Wrong Answer, Time Limit Exceeded, Memory Limit Exceeded, Runtime Error, Output Limit Exceeded, Compilation Error",
          },
          "404": { description: "No such submission of this browser", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
        },
      },
    },
    ...practicePaths,
    ...interviewPaths,
    ...adminPaths,
    "/api/health": { get: { summary: "Liveness and database check", operationId: "health", responses: { "200": { description: "OK" }, "503": { description: "Database unavailable" } } } },
  },
  components: {
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, parameter: { type: "string" } } } },
      },
      QuestionSummary: {
        type: "object",
        required: ["slug", "title", "level", "topics", "companies", "experienceBands", "quickSummary", "hasCode", "updatedAt"],
        properties: {
          slug: { type: "string" },
          title: { type: "string" },
          level: { type: "string", enum: [...LEVELS] },
          topics: { type: "array", items: tag },
          companies: { type: "array", items: tag },
          experienceBands: { type: "array", items: { type: "string", enum: [...EXPERIENCE_BANDS] } },
          quickSummary: { type: "string" },
          hasCode: { type: "boolean" },
          updatedAt: { type: "string", format: "date-time" },
          highlight: { type: "object", description: "With `q` only: HTML-escaped text, matches in <mark>.", properties: { title: { type: "string" }, snippet: { type: "string" } } },
        },
      },
      QuestionPage: {
        type: "object",
        required: ["items", "total", "page", "pageSize", "pageCount", "correctedQuery", "facets"],
        properties: {
          items: { type: "array", items: { $ref: "#/components/schemas/QuestionSummary" } },
          total: { type: "integer" },
          page: { type: "integer" },
          pageSize: { type: "integer" },
          pageCount: { type: "integer" },
          correctedQuery: { type: ["string", "null"], description: "The search text after typo correction, or null when unchanged." },
          facets: { type: "object", properties: { levels: facet, topics: facet, companies: facet, bands: facet } },
        },
      },
      QuestionDetail: {
        allOf: [
          { $ref: "#/components/schemas/QuestionSummary" },
          {
            type: "object",
            required: ["answerMd", "codeExamples", "sources", "related", "createdAt", "readingTimeMinutes"],
            properties: {
              answerMd: { type: "string", description: "Markdown" },
              keyPoints: { type: "array", description: "What a good answer covers, most important first", items: { type: "object", properties: { point: { type: "string" }, weight: { type: "integer", minimum: 1, maximum: 3 } } } },
              codeExamples: { type: "array", items: { type: "object", properties: { language: { type: "string" }, code: { type: "string" }, expectedOutput: { type: ["string", "null"] } } } },
              sources: {
                type: "array",
                items: {
                  type: "object",
                  properties: {
                    page: { type: "string" },
                    pageTitle: { type: "string" },
                    position: { type: "integer" },
                    line: { type: "integer" },
                    originalTitle: { type: "string" },
                    levelLabel: { type: "string" },
                    answerMd: { type: "string" },
                    quickSummary: { type: ["string", "null"] },
                  },
                },
              },
              related: { type: "array", items: { $ref: "#/components/schemas/QuestionSummary" } },
              status: { type: "string" },
              createdAt: { type: "string", format: "date-time" },
              reviewedAt: { type: ["string", "null"], format: "date-time" },
              reviewedBy: { type: ["string", "null"] },
              readingTimeMinutes: { type: "integer" },
            },
          },
        ],
      },
    },
  },
} as const;
