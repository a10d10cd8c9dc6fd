CREATE TABLE "audit_chains" (
	"chain" text PRIMARY KEY NOT NULL,
	"length" bigint NOT NULL,
	"last_hash" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_realisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"amount_rupiah" bigint NOT NULL,
	"funded_workers" integer NOT NULL,
	"realised_on" date NOT NULL,
	"evidence_refs" text[] NOT NULL,
	"note" text,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "budget_realisations_figures" CHECK ("budget_realisations"."amount_rupiah" > 0 AND "budget_realisations"."funded_workers" >= 0 AND cardinality("budget_realisations"."evidence_refs") > 0)
);
--> statement-breakpoint
ALTER TABLE "agreements" DROP CONSTRAINT "agreements_figures";--> statement-breakpoint
ALTER TABLE "commitments" DROP CONSTRAINT "commitments_kind";--> statement-breakpoint
ALTER TABLE "commitments" DROP CONSTRAINT "commitments_kind_fields";--> statement-breakpoint
ALTER TABLE "enrollment_batches" DROP CONSTRAINT "enrollment_batches_counts";--> statement-breakpoint
ALTER TABLE "agreements" ALTER COLUMN "baseline_workers" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ALTER COLUMN "baseline_as_of" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ALTER COLUMN "baseline_source" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "agency_coverage" ADD COLUMN "out_of_scope" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "baseline_kind" text DEFAULT 'declared' NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "indicator_name" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "indicator_code" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "counted_segments" text[] DEFAULT '{PU,BPU,JAKON,PMI}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "predecessor_id" text;--> statement-breakpoint
ALTER TABLE "agreements" ADD COLUMN "area_targets" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "prev_hash" "bytea";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "hash" "bytea";--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "amount_rupiah" bigint;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "funded_workers" integer;--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "area_targets" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollment_batches" ADD COLUMN "out_of_scope" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "out_of_scope" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_realisations" ADD CONSTRAINT "budget_realisations_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_realisations_commitment_idx" ON "budget_realisations" USING btree ("commitment_id","realised_on");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_predecessor_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_uq" ON "audit_log" USING btree ("chain","chain_seq");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_baseline" CHECK (("agreements"."baseline_kind" = 'declared' AND "agreements"."baseline_workers" >= 0 AND "agreements"."baseline_as_of" IS NOT NULL AND "agreements"."baseline_source" IS NOT NULL)
       OR ("agreements"."baseline_kind" = 'predecessorResult' AND "agreements"."predecessor_id" IS NOT NULL AND "agreements"."baseline_workers" IS NULL));--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_counted_segments" CHECK (cardinality("agreements"."counted_segments") > 0 AND "agreements"."counted_segments" <@ ARRAY['PU','BPU','JAKON','PMI']);--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_not_own_predecessor" CHECK ("agreements"."predecessor_id" <> "agreements"."id");--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_figures" CHECK ("agreements"."target_workers" > 0 AND "agreements"."workforce_workers" > 0);--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_kind" CHECK ("commitments"."kind" IN ('enrollment', 'milestone', 'budget'));--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_kind_fields" CHECK (("commitments"."kind" = 'enrollment' AND "commitments"."target_workers" > 0 AND "commitments"."milestone_status" IS NULL AND "commitments"."amount_rupiah" IS NULL)
       OR ("commitments"."kind" = 'milestone' AND "commitments"."target_workers" IS NULL AND "commitments"."segment" IS NULL AND "commitments"."milestone_status" IN ('open', 'done') AND "commitments"."amount_rupiah" IS NULL)
       OR ("commitments"."kind" = 'budget' AND "commitments"."target_workers" IS NULL AND "commitments"."milestone_status" IS NULL AND "commitments"."amount_rupiah" > 0 AND "commitments"."funded_workers" > 0));--> statement-breakpoint
ALTER TABLE "enrollment_batches" ADD CONSTRAINT "enrollment_batches_counts" CHECK ("enrollment_batches"."received" = "enrollment_batches"."accepted" + "enrollment_batches"."duplicates_in_batch" + "enrollment_batches"."duplicates_same_agency" + "enrollment_batches"."duplicates_other_agency" + "enrollment_batches"."out_of_region" + "enrollment_batches"."out_of_scope" + "enrollment_batches"."rejected");