CREATE TABLE "answers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "answers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"class_id" integer NOT NULL,
	"student_id" integer NOT NULL,
	"prompt_id" text NOT NULL,
	"text" text NOT NULL,
	"client_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answers_student_prompt_uq" UNIQUE("student_id","prompt_id"),
	CONSTRAINT "answers_student_client_uq" UNIQUE("student_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "classes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "classes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"public_id" text NOT NULL,
	"comparison" text NOT NULL,
	"title" text NOT NULL,
	"join_code" text NOT NULL,
	"teacher_token_hash" text NOT NULL,
	"open" boolean DEFAULT true NOT NULL,
	"topics" jsonb NOT NULL,
	"prompts" jsonb NOT NULL,
	"labels" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "classes_public_id_uq" UNIQUE("public_id"),
	CONSTRAINT "classes_join_code_uq" UNIQUE("join_code"),
	CONSTRAINT "classes_teacher_token_uq" UNIQUE("teacher_token_hash")
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "responses_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"class_id" integer NOT NULL,
	"student_id" integer NOT NULL,
	"passage_id" text NOT NULL,
	"label" text NOT NULL,
	"note" text,
	"client_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "responses_student_passage_uq" UNIQUE("student_id","passage_id"),
	CONSTRAINT "responses_student_client_uq" UNIQUE("student_id","client_id")
);
--> statement-breakpoint
CREATE TABLE "students" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "students_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"public_id" text NOT NULL,
	"class_id" integer NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "students_public_id_uq" UNIQUE("public_id"),
	CONSTRAINT "students_token_uq" UNIQUE("token_hash"),
	CONSTRAINT "students_class_id_uq" UNIQUE("class_id","id")
);
--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_student_fk" FOREIGN KEY ("class_id","student_id") REFERENCES "public"."students"("class_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_class_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_student_fk" FOREIGN KEY ("class_id","student_id") REFERENCES "public"."students"("class_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_class_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "answers_class_idx" ON "answers" USING btree ("class_id");--> statement-breakpoint
CREATE INDEX "classes_comparison_idx" ON "classes" USING btree ("comparison");--> statement-breakpoint
CREATE INDEX "responses_class_idx" ON "responses" USING btree ("class_id");