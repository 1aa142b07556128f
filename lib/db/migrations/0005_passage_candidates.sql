CREATE TABLE "passage_candidates" (
	"comparison_id" integer NOT NULL,
	"passage_id" integer NOT NULL,
	"candidate_id" integer NOT NULL,
	"position" integer NOT NULL,
	"score" real NOT NULL,
	CONSTRAINT "passage_candidates_pk" PRIMARY KEY("comparison_id","passage_id","candidate_id"),
	CONSTRAINT "passage_candidates_score_ck" CHECK ("passage_candidates"."score" >= 0 and "passage_candidates"."score" <= 1),
	CONSTRAINT "passage_candidates_distinct_ck" CHECK ("passage_candidates"."passage_id" <> "passage_candidates"."candidate_id")
);
--> statement-breakpoint
ALTER TABLE "passage_candidates" ADD CONSTRAINT "passage_candidates_passage_fk" FOREIGN KEY ("comparison_id","passage_id") REFERENCES "public"."passages"("comparison_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passage_candidates" ADD CONSTRAINT "passage_candidates_candidate_fk" FOREIGN KEY ("comparison_id","candidate_id") REFERENCES "public"."passages"("comparison_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "passage_candidates_candidate_idx" ON "passage_candidates" USING btree ("comparison_id","candidate_id");