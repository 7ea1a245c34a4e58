/**
 * The database schema, for PGlite and PostgreSQL alike. Migrations in src/db/migrations are
 * generated from this file with `npm run db:generate` (drizzle-kit); never edit an applied one.
 */
import { sql, type SQL } from "drizzle-orm";
import {
  bigint,
  doublePrecision,
  smallint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({
  dataType() {
    return "tsvector";
  },
});

/** A code example as stored: the code, its language, and the output it must print when run (null: not checked). */
export interface StoredCodeExample {
  /** Optional caption shown above the example. */
  title?: string;
  language: string;
  code: string;
  expectedOutput: string | null;
}

/** A rubric key point as stored (content/README.md describes the fields). */
export interface StoredRubricPoint {
  point: string;
  aliases: string[];
  weight: number;
  misconceptions: { pattern: string; correction: string }[];
}

/** The five levels, seeded by the first migration; questions reference them. */
export const levels = pgTable("levels", {
  name: text("name").primaryKey(),
  slug: text("slug").notNull().unique(),
  rank: integer("rank").notNull(),
  description: text("description").notNull(),
});

export const questions = pgTable(
  "questions",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    level: text("level")
      .notNull()
      .references(() => levels.name),
    quickSummary: text("quick_summary").notNull().default(""),
    answerMd: text("answer_md").notNull().default(""),
    codeExamples: jsonb("code_examples").$type<StoredCodeExample[]>().notNull().default([]),
    /** Key points a good answer makes; empty for imported seed questions. */
    rubric: jsonb("rubric").$type<StoredRubricPoint[]>().notNull().default([]),
    /** Seed questions this one covers ("002#14"), from our content files. */
    seedRefs: text("seed_refs").array().notNull().default(sql`'{}'::text[]`),
    /** Subset of "0-1", "2-5", "5+". */
    experienceBands: text("experience_bands").array().notNull().default(sql`'{}'::text[]`),
    /** What the public sees: only "published" is listed and shown; draft, in_review (never published yet) and archived are not. */
    status: text("status").notNull().default("published"),
    /** Where the question came from: "seed" (imported pages), "content" (our bank), "editor". */
    origin: text("origin").notNull().default("seed"),
    /** Hash of the stored fields, so a re-import can tell "unchanged" from "updated". */
    contentHash: text("content_hash").notNull().default(""),
    /** 0 (Entry) to 4 (Expert), for ordering by level with an index. */
    levelRank: integer("level_rank")
      .notNull()
      .generatedAlwaysAs(
        (): SQL => sql`CASE ${questions.level} WHEN 'Entry' THEN 0 WHEN 'Junior' THEN 1 WHEN 'Mid' THEN 2 WHEN 'Senior' THEN 3 ELSE 4 END`,
      ),
    hasCode: boolean("has_code")
      .notNull()
      .generatedAlwaysAs((): SQL => sql`jsonb_array_length(${questions.codeExamples}) > 0`),
    searchVector: tsvector("search_vector")
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${questions.title}), 'A') || setweight(to_tsvector('english', ${questions.quickSummary}), 'B') || setweight(to_tsvector('english', ${questions.answerMd}), 'C')`,
      ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: text("reviewed_by"),
    /**
     * Editorial state of the working copy (the latest revision): draft | in_review | published |
     * archived. `status` is what the public sees: a published question whose edit is in review
     * stays `published` (and live, unchanged) until the edit is published.
     */
    workflowStatus: text("workflow_status").notNull().default("published"),
    /** Number of the latest revision (the working copy); 0 while the question has none. */
    headRevision: integer("head_revision").notNull().default(0),
    /** Number of the revision that is live, or null (never published through the editor). */
    publishedRevision: integer("published_revision"),
    /** The editor who created the question in the admin area (null for imported questions). */
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    uniqueIndex("questions_slug_idx").on(t.slug),
    index("questions_level_idx").on(t.level),
    index("questions_browse_idx").on(t.status, t.levelRank, t.title, t.id),
    index("questions_search_idx").using("gin", t.searchVector),
    index("questions_title_trgm_idx").using("gin", sql`${t.title} gin_trgm_ops`),
    index("questions_bands_idx").using("gin", t.experienceBands),
  ],
);

/** Every page a question was read from, with that page's own wording and answer. */
export const questionSources = pgTable(
  "question_sources",
  {
    id: serial("id").primaryKey(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    /** The page's file name ("002_8c51bf82b7a7cefd.txt") or another source id. */
    page: text("page").notNull(),
    pageTitle: text("page_title").notNull(),
    /** 1-based position of the question on that page. */
    position: integer("position").notNull(),
    /** 1-based line of the question's title in the page file. */
    line: integer("line").notNull(),
    originalTitle: text("original_title").notNull(),
    levelLabel: text("level_label").notNull(),
    answerMd: text("answer_md").notNull(),
    quickSummary: text("quick_summary"),
  },
  (t) => [uniqueIndex("question_sources_page_pos_idx").on(t.page, t.position), index("question_sources_q_idx").on(t.questionId)],
);

export const topics = pgTable("topics", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull().default(""),
});

export const questionTopics = pgTable(
  "question_topics",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.topicId] }), index("question_topics_topic_idx").on(t.topicId)],
);

export const companies = pgTable("companies", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
});

export const questionCompanies = pgTable(
  "question_companies",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.companyId] }), index("question_companies_company_idx").on(t.companyId)],
);

/** Explicit "related questions" links, in order (content files and editors set them). */
export const questionRelations = pgTable(
  "question_relations",
  {
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    relatedId: integer("related_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.questionId, t.relatedId] })],
);

/** Curated, ordered sets of questions ("Amazon interview", "30-minute warm-up"). */
export const curatedSets = pgTable("curated_sets", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  /** "curated" (editors), "company" (a company's interview set), "page" (an imported page's list). */
  kind: text("kind").notNull().default("curated"),
  /** Company slug for kind "company". */
  companySlug: text("company_slug"),
  featured: boolean("featured").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const curatedSetItems = pgTable(
  "curated_set_items",
  {
    setId: integer("set_id")
      .notNull()
      .references(() => curatedSets.id, { onDelete: "cascade" }),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (t) => [primaryKey({ columns: [t.setId, t.questionId] }), index("curated_set_items_order_idx").on(t.setId, t.position)],
);

/** Pages imported so far, by content hash: re-importing an unchanged page is a no-op. */
export const importedPages = pgTable("imported_pages", {
  file: text("file").primaryKey(),
  title: text("title").notNull(),
  format: text("format").notNull(),
  contentHash: text("content_hash").notNull(),
  questionCount: integer("question_count").notNull(),
  importedAt: timestamp("imported_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The search lexicon: every distinct word of the bank (unstemmed), for typo correction with
 * pg_trgm similarity, as the PostgreSQL docs suggest (pg_trgm, "Text Search Integration").
 */
export const searchTerms = pgTable(
  "search_terms",
  {
    word: text("word").primaryKey(),
    ndoc: integer("ndoc").notNull(),
  },
  (t) => [index("search_terms_trgm_idx").using("gin", sql`${t.word} gin_trgm_ops`)],
);

/** Code challenges: a statement, starter code, visible examples and hidden tests (Python asserts). */
export const challenges = pgTable(
  "challenges",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** Easy | Medium | Hard. */
    difficulty: text("difficulty").notNull(),
    topics: text("topics").array().notNull().default(sql`'{}'::text[]`),
    relatedQuestions: text("related_questions").array().notNull().default(sql`'{}'::text[]`),
    statementMd: text("statement_md").notNull(),
    starter: text("starter").notNull(),
    /** Visible tests (run by "Run"), Python snippets. */
    examples: jsonb("examples").$type<string[]>().notNull(),
    /** Hidden tests (run by "Submit"), Python snippets; never sent to the browser. */
    hiddenTests: jsonb("hidden_tests").$type<string[]>().notNull(),
    solution: text("solution").notNull(),
    timeLimitMs: integer("time_limit_ms").notNull().default(2000),
    /** "content", "humaneval" or "mbpp". */
    origin: text("origin").notNull().default("content"),
    contentHash: text("content_hash").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("challenges_slug_idx").on(t.slug), index("challenges_difficulty_idx").on(t.difficulty)],
);

/** A run or submission of code against a challenge, and its verdict once judged. */
export const submissions = pgTable(
  "submissions",
  {
    id: text("id").primaryKey(),
    challengeId: integer("challenge_id")
      .notNull()
      .references(() => challenges.id, { onDelete: "cascade" }),
    /** Who submitted: an account id later; for now an anonymous browser token. */
    owner: text("owner").notNull(),
    /** "run" (visible examples) or "submit" (examples and hidden tests). */
    mode: text("mode").notNull(),
    code: text("code").notNull(),
    /** queued | running | done. */
    status: text("status").notNull().default("queued"),
    verdict: text("verdict"),
    result: jsonb("result").$type<Record<string, unknown>>(),
    timeMs: integer("time_ms"),
    peakMemoryBytes: integer("peak_memory_bytes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("submissions_owner_idx").on(t.owner, t.challengeId, t.createdAt), index("submissions_status_idx").on(t.status)],
);

// ---------------------------------------------------------------------------------------------
// Accounts (better-auth). Property names are the library's field names; SQL names are ours.
// ---------------------------------------------------------------------------------------------

/** Roles, least to most privileged. */
export const ROLES = ["candidate", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** An account. `role` is ours (better-auth additional field); the rest is better-auth's core. */
export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    role: text("role").$type<Role>().notNull().default("candidate"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_idx").on(t.email)],
);

/** A signed-in browser session (better-auth); deleting every row of a user signs them out everywhere. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    token: text("token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [uniqueIndex("auth_sessions_token_idx").on(t.token), index("auth_sessions_user_idx").on(t.userId)],
);

/** Credentials (better-auth): for email sign-in, `password` holds the library's scrypt hash. */
export const authAccounts = pgTable(
  "auth_accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true }),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_accounts_user_idx").on(t.userId)],
);

/** Verification tokens (better-auth). */
export const authVerifications = pgTable(
  "auth_verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_verifications_identifier_idx").on(t.identifier)],
);

/** Request counters for better-auth's rate limiter, shared by every app instance. */
export const authRateLimits = pgTable(
  "auth_rate_limits",
  {
    id: text("id").primaryKey(),
    key: text("key").notNull(),
    count: integer("count").notNull(),
    lastRequest: bigint("last_request", { mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("auth_rate_limits_key_idx").on(t.key)],
);

/** Instance-wide settings and secrets shared by every app instance (e.g. the auth secret). */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------------------------
// Practice. `owner` is a user id, or "guest:<token>" for a browser without an account.
// ---------------------------------------------------------------------------------------------

/** FSRS memory state of one question for one owner (ts-fsrs `Card`). */
export const cards = pgTable(
  "cards",
  {
    owner: text("owner").notNull(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    due: timestamp("due", { withTimezone: true }).notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull().default(0),
    scheduledDays: integer("scheduled_days").notNull().default(0),
    learningSteps: integer("learning_steps").notNull().default(0),
    reps: integer("reps").notNull().default(0),
    lapses: integer("lapses").notNull().default(0),
    /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
    state: smallint("state").notNull().default(0),
    lastReview: timestamp("last_review", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.owner, t.questionId] }), index("cards_owner_due_idx").on(t.owner, t.due)],
);

/** Every rating ever given, with the card's state before it (ts-fsrs `ReviewLog`). */
export const reviewLogs = pgTable(
  "review_logs",
  {
    id: serial("id").primaryKey(),
    owner: text("owner").notNull(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
    rating: smallint("rating").notNull(),
    state: smallint("state").notNull(),
    due: timestamp("due", { withTimezone: true }).notNull(),
    stability: doublePrecision("stability").notNull(),
    difficulty: doublePrecision("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    lastElapsedDays: integer("last_elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull().default(0),
    /** When the rating was given. */
    review: timestamp("review", { withTimezone: true }).notNull(),
    /** The due date the rating produced. */
    nextDue: timestamp("next_due", { withTimezone: true }).notNull(),
    durationMs: integer("duration_ms"),
    sessionId: text("session_id"),
  },
  (t) => [index("review_logs_owner_review_idx").on(t.owner, t.review)],
);

/** A practice session: flashcards or a timed set, over questions chosen when it started. */
export const practiceSessions = pgTable(
  "practice_sessions",
  {
    id: text("id").primaryKey(),
    owner: text("owner").notNull(),
    /** "flashcards" | "timed". */
    mode: text("mode").notNull(),
    /** What the questions were drawn from, as shown to the user ("Level: Mid", "Due today"). */
    sourceLabel: text("source_label").notNull(),
    source: jsonb("source").$type<Record<string, unknown>>().notNull(),
    questionIds: jsonb("question_ids").$type<number[]>().notNull(),
    /** Timed sessions: the time limit in seconds. */
    timeLimitS: integer("time_limit_s"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("practice_sessions_owner_idx").on(t.owner, t.startedAt)],
);

/** A typed answer in a timed session, with its self-rating (0–5) and, once graded, the grade. */
export const sessionAnswers = pgTable(
  "session_answers",
  {
    sessionId: text("session_id")
      .notNull()
      .references(() => practiceSessions.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    answer: text("answer").notNull().default(""),
    selfScore: smallint("self_score"),
    grade: jsonb("grade").$type<Record<string, unknown>>(),
    answeredAt: timestamp("answered_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.position] })],
);

export const bookmarks = pgTable(
  "bookmarks",
  {
    owner: text("owner").notNull(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.questionId] })],
);

/** A personal note on a question, in Markdown (rendered sanitized). */
export const notes = pgTable(
  "notes",
  {
    owner: text("owner").notNull(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    bodyMd: text("body_md").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.questionId] })],
);

/** Per-owner practice settings: new cards per day, target retention, time zone for "today". */
export const practiceSettings = pgTable("practice_settings", {
  owner: text("owner").primaryKey(),
  newPerDay: integer("new_per_day").notNull().default(20),
  requestRetention: doublePrecision("request_retention").notNull().default(0.9),
  timeZone: text("time_zone").notNull().default("UTC"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------------------------
// Mock interviews
// ---------------------------------------------------------------------------------------------

/** A mock interview: its setup, the running ability estimate and, once finished, the report. */
export const interviews = pgTable(
  "interviews",
  {
    id: text("id").primaryKey(),
    owner: text("owner").notNull(),
    /** Setup: target level, length, focus, feedback timing (see db/interview/sessions.ts). */
    config: jsonb("config").$type<Record<string, unknown>>().notNull(),
    /** active | finished. */
    status: text("status").notNull().default("active"),
    /** Ability θ (logits) and its standard error after the latest graded answer. */
    theta: doublePrecision("theta").notNull(),
    thetaSe: doublePrecision("theta_se").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    report: jsonb("report").$type<Record<string, unknown>>(),
  },
  (t) => [index("interviews_owner_idx").on(t.owner, t.startedAt)],
);

/** One question (or follow-up) of an interview, the answer and its grade. */
export const interviewTurns = pgTable(
  "interview_turns",
  {
    interviewId: text("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    /** question | follow_up. */
    kind: text("kind").notNull(),
    prompt: text("prompt").notNull(),
    /** Follow-ups: the rubric points they are graded against. */
    focus: jsonb("focus").$type<StoredRubricPoint[]>(),
    answer: text("answer"),
    grade: jsonb("grade").$type<Record<string, unknown>>(),
    score: doublePrecision("score"),
    thetaAfter: doublePrecision("theta_after"),
    askedAt: timestamp("asked_at", { withTimezone: true }).notNull().defaultNow(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
  },
  (t) => [primaryKey({ columns: [t.interviewId, t.position] })],
);

// ---------------------------------------------------------------------------------------------
// Editorial: every saved version of a question, and who did what.
// ---------------------------------------------------------------------------------------------

/** A saved version of a question: the full editable content (core/editorial QuestionDraft). */
export const questionRevisions = pgTable(
  "question_revisions",
  {
    id: serial("id").primaryKey(),
    questionId: integer("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    /** 1, 2, 3… per question. */
    number: integer("number").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    /** Null for a baseline taken of imported content. */
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    /** The author's name when the revision was saved (kept if the account goes away). */
    authorName: text("author_name").notNull().default(""),
    message: text("message").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("question_revisions_number_idx").on(t.questionId, t.number)],
);

/** Who did what in the admin area, newest last. Never updated or deleted by the app. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: serial("id").primaryKey(),
    actorId: text("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorName: text("actor_name").notNull().default(""),
    /** "question.create", "question.publish", "set.update", "import.commit", "user.role"… */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_entity_idx").on(t.entityType, t.entityId)],
);
