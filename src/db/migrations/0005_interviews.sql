CREATE TABLE "interview_turns" (
	"interview_id" text NOT NULL,
	"position" integer NOT NULL,
	"question_id" integer NOT NULL,
	"kind" text NOT NULL,
	"prompt" text NOT NULL,
	"focus" jsonb,
	"answer" text,
	"grade" jsonb,
	"score" double precision,
	"theta_after" double precision,
	"asked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"duration_ms" integer,
	CONSTRAINT "interview_turns_interview_id_position_pk" PRIMARY KEY("interview_id","position")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"id" text PRIMARY KEY NOT NULL,
	"owner" text NOT NULL,
	"config" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"theta" double precision NOT NULL,
	"theta_se" double precision NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"report" jsonb
);
--> statement-breakpoint
ALTER TABLE "interview_turns" ADD CONSTRAINT "interview_turns_interview_id_interviews_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_turns" ADD CONSTRAINT "interview_turns_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interviews_owner_idx" ON "interviews" USING btree ("owner","started_at");