/** OpenAPI paths of the editorial admin API (/api/admin/*); request bodies come from their zod schemas. */
import { z } from "zod";
import { CreateChallengeBody, CreateQuestionBody, CreateSetBody, ImportBody, PreviewBody, RoleBody, RunExamplesBody, SaveChallengeBody, SaveQuestionBody, SetBody, SimilarBody, TransitionBody } from "./admin-schemas";

const ROLE_NOTE = "Needs the editor role (401 signed out, 403 candidate); state changes from another site get 403.";
const ADMIN_NOTE = "Needs the admin role.";
const err = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const common = { "401": err("Not signed in"), "403": err("Role too low, or a cross-site request") };
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) } } });
const p = (name: string, type: "string" | "integer" = "string") => ({ name, in: "path", required: true, schema: { type } });

function op(summary: string, operationId: string, extra: Record<string, unknown> = {}, note = ROLE_NOTE) {
  const { responses, ...rest } = extra as { responses?: Record<string, unknown> };
  return { summary, description: note, operationId, tags: ["admin"], ...rest, responses: { "200": { description: "OK" }, ...responses, ...common } };
}

export const adminPaths = {
  "/api/admin/questions": {
    get: op("List and search questions of every status", "adminListQuestions", {
      parameters: [...["q", "status", "level", "topic"].map((n) => ({ name: n, in: "query", schema: { type: "string" } })), { name: "page", in: "query", schema: { type: "integer" } }],
    }),
    post: op("Create a question (a draft, revision 1)", "adminCreateQuestion", { requestBody: body(CreateQuestionBody), responses: { "201": { description: "Created" }, "400": err("Invalid draft; names the field"), "409": err("Slug taken") } }),
  },
  "/api/admin/questions/{slug}": {
    get: op("A question's working draft, status and revisions", "adminGetQuestion", { parameters: [p("slug")] }),
    put: op("Save an edit as a new draft revision (examples must run and match)", "adminSaveQuestion", {
      parameters: [p("slug")],
      requestBody: body(SaveQuestionBody),
      responses: { "400": err("Invalid draft or an example's output differs"), "409": err("Stale baseRevision or archived") },
    }),
  },
  "/api/admin/questions/{slug}/transition": {
    post: op("Move through the workflow: submit, request_changes, publish (not by the latest author), archive, unarchive", "adminTransition", {
      parameters: [p("slug")],
      requestBody: body(TransitionBody),
      responses: { "409": err("Not allowed from the current state") },
    }),
  },
  "/api/admin/questions/{slug}/revisions/{number}": { get: op("A revision with its diff against the previous one", "adminGetRevision", { parameters: [p("slug"), p("number", "integer")] }) },
  "/api/admin/questions/{slug}/revisions/{number}/restore": { post: op("Restore a revision as a new draft revision", "adminRestoreRevision", { parameters: [p("slug"), p("number", "integer")] }) },
  "/api/admin/similar": { post: op("Near-duplicate warnings for a question being written", "adminSimilar", { requestBody: body(SimilarBody) }) },
  "/api/admin/preview": { post: op("Render Markdown as the site does (sanitized HTML)", "adminPreview", { requestBody: body(PreviewBody) }) },
  "/api/admin/run-examples": { post: op("Run code examples in the sandboxed judge and compare their output", "adminRunExamples", { requestBody: body(RunExamplesBody) }) },
  "/api/admin/sets": {
    get: op("Curated sets", "adminListSets"),
    post: op("Create a curated set", "adminCreateSet", { requestBody: body(CreateSetBody), responses: { "201": { description: "Created" } } }),
  },
  "/api/admin/sets/{slug}": {
    get: op("A set with its ordered questions", "adminGetSet", { parameters: [p("slug")] }),
    put: op("Update a set: title, description, featured, question order", "adminSaveSet", { parameters: [p("slug")], requestBody: body(SetBody) }),
    delete: op("Delete a set", "adminDeleteSet", { parameters: [p("slug")] }),
  },
  "/api/admin/import": {
    post: op(
      "Preview an import (added, merged, rejected with reasons) or commit it, all or nothing",
      "adminImport",
      { requestBody: body(ImportBody) },
      `${ROLE_NOTE} Committing needs the admin role. Formats: bank JSON, CSV, our Markdown files and set YAML, seed pages, HumanEval/MBPP JSONL.`,
    ),
  },
  "/api/admin/export": {
    get: op("Export the whole bank", "adminExport", { parameters: [{ name: "format", in: "query", schema: { type: "string", enum: ["json", "csv"] } }] }),
  },
  "/api/admin/audit": { get: op("The audit log: who did what, newest first", "adminAudit", {}, ADMIN_NOTE) },
  "/api/admin/users": { get: op("Accounts and their roles", "adminListUsers", {}, ADMIN_NOTE) },
  "/api/admin/users/{id}": {
    put: op("Change an account's role", "adminSetRole", { parameters: [p("id")], requestBody: body(RoleBody), responses: { "404": err("No such account"), "409": err("Would leave the install without an admin") } }, ADMIN_NOTE),
  },
  "/api/admin/challenges": {
    get: op("Code challenges", "adminListChallenges"),
    post: op("Create a challenge; its reference solution must be Accepted on the examples and hidden tests in the sandboxed judge", "adminCreateChallenge", {
      requestBody: body(CreateChallengeBody),
      responses: { "201": { description: "Created" }, "400": err("Invalid challenge, or the reference solution is not Accepted (verdict and failing test)"), "409": err("Slug taken") },
    }),
  },
  "/api/admin/challenges/{slug}": {
    get: op("A challenge in full, hidden tests and reference solution included", "adminGetChallenge", { parameters: [p("slug")], responses: { "404": err("No such challenge") } }),
    put: op("Save an edit; the reference solution must be Accepted on the examples and hidden tests in the sandboxed judge", "adminSaveChallenge", {
      parameters: [p("slug")],
      requestBody: body(SaveChallengeBody),
      responses: { "400": err("Invalid challenge, or the reference solution is not Accepted (verdict and failing test); nothing is saved"), "404": err("No such challenge") },
    }),
  },
};
