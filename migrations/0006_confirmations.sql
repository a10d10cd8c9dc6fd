CREATE TABLE "confirmation_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "confirmation_batches_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agreement_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"external_ref" text,
	"status" text NOT NULL,
	"received" integer NOT NULL,
	"accepted" integer NOT NULL,
	"duplicates_in_batch" integer NOT NULL,
	"out_of_region" integer NOT NULL,
	"rejected" integer NOT NULL,
	"active" integer NOT NULL,
	"inactive" integer NOT NULL,
	"not_found" integer NOT NULL,
	"as_of" date,
	"errors" jsonb NOT NULL,
	"error_counts" jsonb NOT NULL,
	"errors_truncated" boolean NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" text,
	"void_reason" text,
	CONSTRAINT "confirmation_batches_counts" CHECK ("confirmation_batches"."received" = "confirmation_batches"."accepted" + "confirmation_batches"."duplicates_in_batch" + "confirmation_batches"."out_of_region" + "confirmation_batches"."rejected"),
	CONSTRAINT "confirmation_batches_statuses" CHECK ("confirmation_batches"."accepted" = "confirmation_batches"."active" + "confirmation_batches"."inactive" + "confirmation_batches"."not_found")
);
--> statement-breakpoint
CREATE TABLE "confirmation_coverage" (
	"agreement_id" text NOT NULL,
	"holder" text NOT NULL,
	"status" text NOT NULL,
	"workers" integer NOT NULL,
	CONSTRAINT "confirmation_coverage_agreement_id_holder_status_pk" PRIMARY KEY("agreement_id","holder","status")
);
--> statement-breakpoint
CREATE TABLE "confirmation_daily" (
	"agreement_id" text NOT NULL,
	"day" date NOT NULL,
	"workers" integer NOT NULL,
	CONSTRAINT "confirmation_daily_agreement_id_day_pk" PRIMARY KEY("agreement_id","day")
);
--> statement-breakpoint
CREATE TABLE "confirmations" (
	"agreement_id" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"record_index" integer NOT NULL,
	"nik_hash" "bytea" NOT NULL,
	"in_region" boolean NOT NULL,
	"status" text NOT NULL,
	"as_of" date NOT NULL,
	"registered_on" date,
	"segment" text,
	"programs" smallint,
	CONSTRAINT "confirmations_batch_id_record_index_pk" PRIMARY KEY("batch_id","record_index")
);
--> statement-breakpoint
CREATE TABLE "official_figures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agreement_id" text NOT NULL,
	"as_of" date NOT NULL,
	"workers" integer NOT NULL,
	"percent" numeric(6, 3),
	"workforce" integer,
	"source" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_confirmations" (
	"agreement_id" text NOT NULL,
	"nik_hash" "bytea" NOT NULL,
	"batch_id" uuid NOT NULL,
	"record_index" integer NOT NULL,
	"batch_seq" bigint NOT NULL,
	"status" text NOT NULL,
	"as_of" date NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "worker_confirmations_agreement_id_nik_hash_pk" PRIMARY KEY("agreement_id","nik_hash")
);
--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "count_basis" text DEFAULT 'reported' NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollments" ADD COLUMN "ref" text;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "kind" text DEFAULT 'enrollment' NOT NULL;--> statement-breakpoint
ALTER TABLE "confirmation_batches" ADD CONSTRAINT "confirmation_batches_party_fk" FOREIGN KEY ("agreement_id","agency_code") REFERENCES "public"."agreement_parties"("agreement_id","agency_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "confirmations" ADD CONSTRAINT "confirmations_batch_id_confirmation_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."confirmation_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "official_figures" ADD CONSTRAINT "official_figures_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "confirmation_batches_seq_uq" ON "confirmation_batches" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "confirmation_batches_agreement_idx" ON "confirmation_batches" USING btree ("agreement_id","seq");--> statement-breakpoint
CREATE INDEX "confirmations_worker_idx" ON "confirmations" USING btree ("agreement_id","nik_hash");--> statement-breakpoint
CREATE INDEX "official_figures_agreement_idx" ON "official_figures" USING btree ("agreement_id","as_of","created_at");--> statement-breakpoint
CREATE INDEX "worker_confirmations_batch_idx" ON "worker_confirmations" USING btree ("batch_id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_count_basis" CHECK ("agreements"."count_basis" IN ('reported', 'confirmed'));--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_kind" CHECK ("imports"."kind" IN ('enrollment', 'confirmation'));