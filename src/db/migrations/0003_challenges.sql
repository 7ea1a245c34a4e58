CREATE TABLE "challenges" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"difficulty" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"related_questions" text[] DEFAULT '{}'::text[] NOT NULL,
	"statement_md" text NOT NULL,
	"starter" text NOT NULL,
	"examples" jsonb NOT NULL,
	"hidden_tests" jsonb NOT NULL,
	"solution" text NOT NULL,
	"time_limit_ms" integer DEFAULT 2000 NOT NULL,
	"origin" text DEFAULT 'content' NOT NULL,
	"content_hash" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" text PRIMARY KEY NOT NULL,
	"challenge_id" integer NOT NULL,
	"owner" text NOT NULL,
	"mode" text NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"verdict" text,
	"result" jsonb,
	"time_ms" integer,
	"peak_memory_bytes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "challenges_slug_idx" ON "challenges" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "challenges_difficulty_idx" ON "challenges" USING btree ("difficulty");--> statement-breakpoint
CREATE INDEX "submissions_owner_idx" ON "submissions" USING btree ("owner","challenge_id","created_at");--> statement-breakpoint
CREATE INDEX "submissions_status_idx" ON "submissions" USING btree ("status");