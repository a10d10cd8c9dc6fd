CREATE TABLE "agency_coverage" (
	"agreement_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"credited" integer DEFAULT 0 NOT NULL,
	"duplicates_reported" integer DEFAULT 0 NOT NULL,
	"batches" integer DEFAULT 0 NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"out_of_region" integer DEFAULT 0 NOT NULL,
	"last_batch_at" timestamp with time zone,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agency_coverage_agreement_id_agency_code_pk" PRIMARY KEY("agreement_id","agency_code")
);
--> statement-breakpoint
CREATE TABLE "coverage_breakdown" (
	"agreement_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"dimension" text NOT NULL,
	"key" text NOT NULL,
	"credited" integer NOT NULL,
	CONSTRAINT "coverage_breakdown_agreement_id_agency_code_dimension_key_pk" PRIMARY KEY("agreement_id","agency_code","dimension","key")
);
--> statement-breakpoint
CREATE TABLE "coverage_daily" (
	"agreement_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"day" date NOT NULL,
	"credited" integer NOT NULL,
	CONSTRAINT "coverage_daily_agreement_id_agency_code_day_pk" PRIMARY KEY("agreement_id","agency_code","day")
);
--> statement-breakpoint
CREATE TABLE "enrollment_batches" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "enrollment_batches_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"agreement_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"commitment_id" uuid,
	"external_ref" text,
	"status" text NOT NULL,
	"received" integer NOT NULL,
	"accepted" integer NOT NULL,
	"duplicates_in_batch" integer NOT NULL,
	"duplicates_same_agency" integer NOT NULL,
	"duplicates_other_agency" integer NOT NULL,
	"out_of_region" integer NOT NULL,
	"rejected" integer NOT NULL,
	"credited" integer NOT NULL,
	"errors" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"voided_at" timestamp with time zone,
	"voided_by" text,
	"void_reason" text,
	CONSTRAINT "enrollment_batches_counts" CHECK ("enrollment_batches"."received" = "enrollment_batches"."accepted" + "enrollment_batches"."duplicates_in_batch" + "enrollment_batches"."duplicates_same_agency" + "enrollment_batches"."duplicates_other_agency" + "enrollment_batches"."out_of_region" + "enrollment_batches"."rejected")
);
--> statement-breakpoint
CREATE TABLE "enrollments" (
	"agreement_id" text NOT NULL,
	"batch_id" uuid NOT NULL,
	"record_index" integer NOT NULL,
	"agency_code" text NOT NULL,
	"nik_hash" "bytea" NOT NULL,
	"credited" boolean NOT NULL,
	"in_region" boolean NOT NULL,
	"segment" text NOT NULL,
	"programs" smallint NOT NULL,
	"enrolled_on" date NOT NULL,
	"regency" text NOT NULL,
	"sex" text NOT NULL,
	"kota" text,
	CONSTRAINT "enrollments_batch_id_record_index_pk" PRIMARY KEY("batch_id","record_index")
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"agency_code" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" "bytea" NOT NULL,
	"response_status" integer NOT NULL,
	"response_body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_agency_code_key_pk" PRIMARY KEY("agency_code","key")
);
--> statement-breakpoint
ALTER TABLE "enrollment_batches" ADD CONSTRAINT "enrollment_batches_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollment_batches" ADD CONSTRAINT "enrollment_batches_party_fk" FOREIGN KEY ("agreement_id","agency_code") REFERENCES "public"."agreement_parties"("agreement_id","agency_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_batch_id_enrollment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."enrollment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enrollment_batches_seq_uq" ON "enrollment_batches" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "enrollment_batches_agreement_agency_idx" ON "enrollment_batches" USING btree ("agreement_id","agency_code","seq");--> statement-breakpoint
CREATE INDEX "enrollment_batches_commitment_idx" ON "enrollment_batches" USING btree ("commitment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_credited_uq" ON "enrollments" USING btree ("agreement_id","nik_hash") WHERE "enrollments"."credited";--> statement-breakpoint
CREATE INDEX "enrollments_reports_idx" ON "enrollments" USING btree ("agreement_id","nik_hash") WHERE NOT "enrollments"."credited";--> statement-breakpoint
CREATE INDEX "idempotency_keys_expires_idx" ON "idempotency_keys" USING btree ("expires_at");