DROP INDEX "answers_class_idx";--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "seq" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "classes" ADD COLUMN "version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "answers_class_seq_idx" ON "answers" USING btree ("class_id","seq");