ALTER TABLE "enrollment_batches" ADD COLUMN "error_counts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "enrollment_batches" ADD COLUMN "errors_truncated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Batches written before the counts existed list every error: count them from the list.
UPDATE "enrollment_batches" b SET "error_counts" = (
  SELECT jsonb_object_agg(s.code, s.n) FROM (
    SELECT e->>'code' AS code, count(*)::int AS n FROM jsonb_array_elements(b."errors") e GROUP BY 1
  ) s
) WHERE jsonb_array_length(b."errors") > 0;
