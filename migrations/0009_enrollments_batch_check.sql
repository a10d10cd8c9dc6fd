-- An enrollment's batch must exist. A declared foreign key checks that once per inserted row (a
-- lookup and a row lock each, about a fifth of a batch insert's cost); this statement trigger
-- checks an insert's batches at once. The key's other half — a referenced batch cannot go away —
-- holds because batches are never deleted or re-keyed (a void changes only their status), which
-- the triggers below make the database refuse, so no lock on the batch row is needed either.
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_batch_id_enrollment_batches_id_fk";--> statement-breakpoint
CREATE FUNCTION enrollments_batch_exists() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM (SELECT DISTINCT batch_id FROM new_rows) n
    WHERE NOT EXISTS (SELECT 1 FROM enrollment_batches b WHERE b.id = n.batch_id)
  ) THEN
    RAISE EXCEPTION 'an enrollment must belong to an existing enrollment batch'
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'enrollments_batch_exists';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER enrollments_batch_exists
  AFTER INSERT ON enrollments REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION enrollments_batch_exists();
--> statement-breakpoint
CREATE FUNCTION enrollments_batch_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'an enrollment''s batch cannot change'
    USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'enrollments_batch_exists';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER enrollments_batch_fixed
  BEFORE UPDATE OF batch_id ON enrollments
  FOR EACH ROW WHEN (OLD.batch_id IS DISTINCT FROM NEW.batch_id) EXECUTE FUNCTION enrollments_batch_fixed();
--> statement-breakpoint
CREATE FUNCTION enrollment_batches_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'enrollment batches are kept: void a batch instead of deleting it'
    USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'enrollments_batch_exists';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER enrollment_batches_no_delete
  BEFORE DELETE OR TRUNCATE ON enrollment_batches
  FOR EACH STATEMENT EXECUTE FUNCTION enrollment_batches_kept();
--> statement-breakpoint
CREATE TRIGGER enrollment_batches_no_rekey
  BEFORE UPDATE OF id ON enrollment_batches
  FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION enrollment_batches_kept();
