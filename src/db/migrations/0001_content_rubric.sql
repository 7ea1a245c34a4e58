ALTER TABLE "questions" ADD COLUMN "rubric" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "questions" ADD COLUMN "seed_refs" text[] DEFAULT '{}'::text[] NOT NULL;