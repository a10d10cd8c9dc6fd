CREATE TABLE "period_adjustments" (
	"agreement_id" text NOT NULL,
	"period" text NOT NULL,
	"version" integer NOT NULL,
	"reason" text NOT NULL,
	"reopened_at" timestamp with time zone NOT NULL,
	"reopened_by" text NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"closed_by" text NOT NULL,
	"changes" jsonb NOT NULL,
	CONSTRAINT "period_adjustments_agreement_id_period_version_pk" PRIMARY KEY("agreement_id","period","version")
);
--> statement-breakpoint
CREATE TABLE "period_schedules" (
	"agreement_id" text PRIMARY KEY NOT NULL,
	"months" smallint NOT NULL,
	"deadline_days" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_schedules_months" CHECK ("period_schedules"."months" IN (1, 2, 3, 4, 6, 12)),
	CONSTRAINT "period_schedules_deadline" CHECK ("period_schedules"."deadline_days" BETWEEN 0 AND 366)
);
--> statement-breakpoint
CREATE TABLE "period_snapshots" (
	"agreement_id" text NOT NULL,
	"period" text NOT NULL,
	"version" integer NOT NULL,
	"summary_body" text NOT NULL,
	"summary_etag" text NOT NULL,
	"series_day_body" text NOT NULL,
	"series_day_etag" text NOT NULL,
	"series_week_body" text NOT NULL,
	"series_week_etag" text NOT NULL,
	"figures" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "period_snapshots_agreement_id_period_version_pk" PRIMARY KEY("agreement_id","period","version")
);
--> statement-breakpoint
CREATE TABLE "period_submissions" (
	"agreement_id" text NOT NULL,
	"period" text NOT NULL,
	"agency_code" text NOT NULL,
	"status" text NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"verified_at" timestamp with time zone,
	"verified_by" text,
	"returned_at" timestamp with time zone,
	"returned_by" text,
	"accepted_at" timestamp with time zone,
	"accepted_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_submissions_agreement_id_period_agency_code_pk" PRIMARY KEY("agreement_id","period","agency_code"),
	CONSTRAINT "period_submissions_status" CHECK ("period_submissions"."status" IN ('open', 'submitted', 'verified', 'returned', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "reporting_periods" (
	"agreement_id" text NOT NULL,
	"period" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text NOT NULL,
	"version" integer NOT NULL,
	"closed_at" timestamp with time zone NOT NULL,
	"closed_by" text NOT NULL,
	"reopened_at" timestamp with time zone,
	"reopened_by" text,
	"reopen_reason" text,
	CONSTRAINT "reporting_periods_agreement_id_period_pk" PRIMARY KEY("agreement_id","period"),
	CONSTRAINT "reporting_periods_status" CHECK ("reporting_periods"."status" IN ('closed', 'reopened')),
	CONSTRAINT "reporting_periods_range" CHECK ("reporting_periods"."starts_on" <= "reporting_periods"."ends_on")
);
--> statement-breakpoint
ALTER TABLE "period_adjustments" ADD CONSTRAINT "period_adjustments_period_fk" FOREIGN KEY ("agreement_id","period") REFERENCES "public"."reporting_periods"("agreement_id","period") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_schedules" ADD CONSTRAINT "period_schedules_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_snapshots" ADD CONSTRAINT "period_snapshots_period_fk" FOREIGN KEY ("agreement_id","period") REFERENCES "public"."reporting_periods"("agreement_id","period") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_submissions" ADD CONSTRAINT "period_submissions_party_fk" FOREIGN KEY ("agreement_id","agency_code") REFERENCES "public"."agreement_parties"("agreement_id","agency_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- hand-written:
-- A frozen snapshot is served byte for byte forever and an adjustment is history: the service
-- never rewrites either, and the database refuses to (a re-close writes the next version).
CREATE FUNCTION period_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER period_snapshots_no_update_or_delete
  BEFORE UPDATE OR DELETE OR TRUNCATE ON period_snapshots
  FOR EACH STATEMENT EXECUTE FUNCTION period_history_append_only();
--> statement-breakpoint
CREATE TRIGGER period_adjustments_no_update_or_delete
  BEFORE UPDATE OR DELETE OR TRUNCATE ON period_adjustments
  FOR EACH STATEMENT EXECUTE FUNCTION period_history_append_only();
