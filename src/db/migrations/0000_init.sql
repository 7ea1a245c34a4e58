CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "companies" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "companies_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "curated_set_items" (
	"set_id" integer NOT NULL,
	"question_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "curated_set_items_set_id_question_id_pk" PRIMARY KEY("set_id","question_id")
);
--> statement-breakpoint
CREATE TABLE "curated_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text DEFAULT 'curated' NOT NULL,
	"company_slug" text,
	"featured" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "curated_sets_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "imported_pages" (
	"file" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"format" text NOT NULL,
	"content_hash" text NOT NULL,
	"question_count" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "levels" (
	"name" text PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"rank" integer NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "levels_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "question_companies" (
	"question_id" integer NOT NULL,
	"company_id" integer NOT NULL,
	CONSTRAINT "question_companies_question_id_company_id_pk" PRIMARY KEY("question_id","company_id")
);
--> statement-breakpoint
CREATE TABLE "question_relations" (
	"question_id" integer NOT NULL,
	"related_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "question_relations_question_id_related_id_pk" PRIMARY KEY("question_id","related_id")
);
--> statement-breakpoint
CREATE TABLE "question_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"question_id" integer NOT NULL,
	"page" text NOT NULL,
	"page_title" text NOT NULL,
	"position" integer NOT NULL,
	"line" integer NOT NULL,
	"original_title" text NOT NULL,
	"level_label" text NOT NULL,
	"answer_md" text NOT NULL,
	"quick_summary" text
);
--> statement-breakpoint
CREATE TABLE "question_topics" (
	"question_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	CONSTRAINT "question_topics_question_id_topic_id_pk" PRIMARY KEY("question_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"level" text NOT NULL,
	"quick_summary" text DEFAULT '' NOT NULL,
	"answer_md" text DEFAULT '' NOT NULL,
	"code_examples" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"experience_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"origin" text DEFAULT 'seed' NOT NULL,
	"content_hash" text DEFAULT '' NOT NULL,
	"has_code" boolean GENERATED ALWAYS AS (jsonb_array_length("questions"."code_examples") > 0) STORED NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "questions"."title"), 'A') || setweight(to_tsvector('english', "questions"."quick_summary"), 'B') || setweight(to_tsvector('english', "questions"."answer_md"), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" text
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"word" text PRIMARY KEY NOT NULL,
	"ndoc" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "topics_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "curated_set_items" ADD CONSTRAINT "curated_set_items_set_id_curated_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."curated_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "curated_set_items" ADD CONSTRAINT "curated_set_items_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_companies" ADD CONSTRAINT "question_companies_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_companies" ADD CONSTRAINT "question_companies_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_relations" ADD CONSTRAINT "question_relations_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_relations" ADD CONSTRAINT "question_relations_related_id_questions_id_fk" FOREIGN KEY ("related_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_sources" ADD CONSTRAINT "question_sources_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_topics" ADD CONSTRAINT "question_topics_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_topics" ADD CONSTRAINT "question_topics_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_level_levels_name_fk" FOREIGN KEY ("level") REFERENCES "public"."levels"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "curated_set_items_order_idx" ON "curated_set_items" USING btree ("set_id","position");--> statement-breakpoint
CREATE INDEX "question_companies_company_idx" ON "question_companies" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "question_sources_page_pos_idx" ON "question_sources" USING btree ("page","position");--> statement-breakpoint
CREATE INDEX "question_sources_q_idx" ON "question_sources" USING btree ("question_id");--> statement-breakpoint
CREATE INDEX "question_topics_topic_idx" ON "question_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE UNIQUE INDEX "questions_slug_idx" ON "questions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "questions_level_idx" ON "questions" USING btree ("level");--> statement-breakpoint
CREATE INDEX "questions_search_idx" ON "questions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "questions_title_trgm_idx" ON "questions" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "questions_bands_idx" ON "questions" USING gin ("experience_bands");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
INSERT INTO "levels" ("name", "slug", "rank", "description") VALUES
 ('Entry', 'entry', 0, 'First steps: syntax, built-in types and the questions every screening starts with.'),
 ('Junior', 'junior', 1, 'Working knowledge: functions, classes, files, errors and the standard library.'),
 ('Mid', 'mid', 2, 'Idiomatic Python: the data model, decorators, generators, testing and performance trade-offs.'),
 ('Senior', 'senior', 3, 'Internals and design: concurrency, memory, packaging, architecture and scale.'),
 ('Expert', 'expert', 4, 'CPython internals, the object model in depth, and systems built to last.')
ON CONFLICT ("name") DO NOTHING;
