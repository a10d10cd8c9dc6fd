CREATE TABLE "agencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"role" text NOT NULL,
	"joined_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_agency_code_pk" PRIMARY KEY("agreement_id","agency_code"),
	CONSTRAINT "agreement_parties_role" CHECK ("agreement_parties"."role" IN ('lead', 'counterpart', 'participant'))
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"region_code" text NOT NULL,
	"drafted_on" date,
	"signed_on" date,
	"period_start" date NOT NULL,
	"target_date" date NOT NULL,
	"baseline_workers" integer NOT NULL,
	"baseline_percent" numeric(6, 3),
	"baseline_as_of" date NOT NULL,
	"baseline_source" text NOT NULL,
	"baseline_note" text,
	"target_workers" integer NOT NULL,
	"target_percent" numeric(6, 3),
	"target_source" text NOT NULL,
	"target_note" text,
	"workforce_workers" integer NOT NULL,
	"workforce_as_of" date NOT NULL,
	"workforce_source" text NOT NULL,
	"workforce_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_region_code" CHECK ("agreements"."region_code" ~ '^[0-9]{2}$'),
	CONSTRAINT "agreements_period" CHECK ("agreements"."period_start" <= "agreements"."target_date"),
	CONSTRAINT "agreements_figures" CHECK ("agreements"."baseline_workers" >= 0 AND "agreements"."target_workers" > 0 AND "agreements"."workforce_workers" > 0)
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_sub" text NOT NULL,
	"actor_role" text NOT NULL,
	"actor_agency" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"request_id" text NOT NULL,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "commitment_versions" (
	"commitment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"superseded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"superseded_by" text NOT NULL,
	CONSTRAINT "commitment_versions_commitment_id_version_pk" PRIMARY KEY("commitment_id","version")
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agreement_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"target_workers" integer,
	"segment" text,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"milestone_status" text,
	"evidence_ref" text,
	"signatory_name" text,
	"signatory_title" text,
	"signed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_kind" CHECK ("commitments"."kind" IN ('enrollment', 'milestone')),
	CONSTRAINT "commitments_status" CHECK ("commitments"."status" IN ('draft', 'active')),
	CONSTRAINT "commitments_kind_fields" CHECK (("commitments"."kind" = 'enrollment' AND "commitments"."target_workers" > 0 AND "commitments"."milestone_status" IS NULL)
       OR ("commitments"."kind" = 'milestone' AND "commitments"."target_workers" IS NULL AND "commitments"."segment" IS NULL AND "commitments"."milestone_status" IN ('open', 'done')))
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agency_code_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_versions" ADD CONSTRAINT "commitment_versions_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_party_fk" FOREIGN KEY ("agreement_id","agency_code") REFERENCES "public"."agreement_parties"("agreement_id","agency_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_agency_idx" ON "agreement_parties" USING btree ("agency_code");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_parties_one_lead" ON "agreement_parties" USING btree ("agreement_id") WHERE "agreement_parties"."role" = 'lead';--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "commitments_agreement_agency_idx" ON "commitments" USING btree ("agreement_id","agency_code");