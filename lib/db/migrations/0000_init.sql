CREATE TABLE "comparisons" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "comparisons_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comparisons_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"comparison_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"outlet" text NOT NULL,
	"url" text,
	"authors" text[] DEFAULT '{}'::text[] NOT NULL,
	"published_at" date,
	CONSTRAINT "documents_comparison_key_uq" UNIQUE("comparison_id","key"),
	CONSTRAINT "documents_comparison_position_uq" UNIQUE("comparison_id","position"),
	CONSTRAINT "documents_comparison_id_uq" UNIQUE("comparison_id","id"),
	CONSTRAINT "documents_kind_ck" CHECK ("documents"."kind" in ('news', 'opinion', 'comment', 'other'))
);
--> statement-breakpoint
CREATE TABLE "links" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "links_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"comparison_id" integer NOT NULL,
	"source_passage_id" integer NOT NULL,
	"target_passage_id" integer NOT NULL,
	"score" real NOT NULL,
	CONSTRAINT "links_source_target_uq" UNIQUE("source_passage_id","target_passage_id"),
	CONSTRAINT "links_score_ck" CHECK ("links"."score" >= 0 and "links"."score" <= 1),
	CONSTRAINT "links_distinct_ck" CHECK ("links"."source_passage_id" <> "links"."target_passage_id")
);
--> statement-breakpoint
CREATE TABLE "passage_topics" (
	"comparison_id" integer NOT NULL,
	"passage_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "passage_topics_pk" PRIMARY KEY("passage_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "passages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "passages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"comparison_id" integer NOT NULL,
	"document_id" integer NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"type" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "passages_comparison_key_uq" UNIQUE("comparison_id","key"),
	CONSTRAINT "passages_document_position_uq" UNIQUE("document_id","position"),
	CONSTRAINT "passages_comparison_id_uq" UNIQUE("comparison_id","id"),
	CONSTRAINT "passages_type_ck" CHECK ("passages"."type" in ('paragraph', 'heading', 'list-item', 'quote', 'caption'))
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"comparison_id" integer NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"description" text,
	"position" integer NOT NULL,
	CONSTRAINT "topics_comparison_key_uq" UNIQUE("comparison_id","key"),
	CONSTRAINT "topics_comparison_id_uq" UNIQUE("comparison_id","id")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_comparison_id_comparisons_id_fk" FOREIGN KEY ("comparison_id") REFERENCES "public"."comparisons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_source_fk" FOREIGN KEY ("comparison_id","source_passage_id") REFERENCES "public"."passages"("comparison_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "links" ADD CONSTRAINT "links_target_fk" FOREIGN KEY ("comparison_id","target_passage_id") REFERENCES "public"."passages"("comparison_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passage_topics" ADD CONSTRAINT "passage_topics_passage_fk" FOREIGN KEY ("comparison_id","passage_id") REFERENCES "public"."passages"("comparison_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passage_topics" ADD CONSTRAINT "passage_topics_topic_fk" FOREIGN KEY ("comparison_id","topic_id") REFERENCES "public"."topics"("comparison_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passages" ADD CONSTRAINT "passages_document_fk" FOREIGN KEY ("comparison_id","document_id") REFERENCES "public"."documents"("comparison_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_comparison_id_comparisons_id_fk" FOREIGN KEY ("comparison_id") REFERENCES "public"."comparisons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comparisons_created_at_idx" ON "comparisons" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "links_target_idx" ON "links" USING btree ("target_passage_id");--> statement-breakpoint
CREATE INDEX "links_comparison_idx" ON "links" USING btree ("comparison_id");--> statement-breakpoint
CREATE INDEX "passage_topics_topic_idx" ON "passage_topics" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "passage_topics_comparison_idx" ON "passage_topics" USING btree ("comparison_id");