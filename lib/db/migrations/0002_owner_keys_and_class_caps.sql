ALTER TABLE "classes" ADD COLUMN "max_students" integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "comparisons" ADD COLUMN "edit_key_hash" text;--> statement-breakpoint
ALTER TABLE "comparisons" ADD CONSTRAINT "comparisons_edit_key_uq" UNIQUE("edit_key_hash");