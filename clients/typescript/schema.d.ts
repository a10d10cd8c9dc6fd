/** Generated from openapi/openapi.json by `npm run client`: do not edit. */

export interface paths {
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This OpenAPI 3.1 document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (admin)
         * @description The Prometheus text format: request durations by route and status, batch and import records by class, batch latency, background job queue depth and age, database pool, event-loop delay and process figures. Admin tokens only. With `METRICS=listener` this route is absent and the metrics are served on a separate listener (loopback by default).
         *
         *     Roles: `admin`.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The service can answer: its database responds */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List agencies */
        get: operations["listAgencies"];
        put?: never;
        /**
         * Register an agency
         * @description Roles: `admin`.
         */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one agency */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an agency’s name or description
         * @description The code is permanent: tokens and batches refer to it.
         *
         *     Roles: `admin`.
         */
        patch: operations["updateAgency"];
        trace?: never;
    };
    "/v1/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List agreements
         * @description An agency token sees the agreements it is a party of; admins and viewers see all.
         */
        get: operations["listAgreements"];
        put?: never;
        /**
         * Create an agreement
         * @description Roles: `admin`.
         */
        post: operations["createAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an agreement with its published figures */
        get: operations["getAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an agreement or correct its figures
         * @description Figure objects (`baseline`, `target`, `workforce`) are merged into the stored ones. Moving `periodStart` later or `target.date` earlier is refused with 409 `period-excludes-enrollments` while enrollments of batches that are not voided are dated outside the new period (they would stay counted): void those batches first. Widening the period is always allowed.
         *
         *     Roles: `admin`.
         */
        patch: operations["updateAgreement"];
        trace?: never;
    };
    "/v1/agreements/{agreementId}/successor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create the next agreement from this one
         * @description Creates the agreement for the current year (or `year`) from this one in one step: region, indicator and parties are copied, commitments are not. Its baseline is by default this agreement’s result at its target date, derived whenever read (`baseline.kind: predecessorResult`).
         *
         *     Roles: `admin`.
         */
        post: operations["createSuccessorAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the parties of an agreement */
        get: operations["listParties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/parties/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Add an agency to an agreement, or change its role
         * @description Idempotent. 201 when the agency joins, 200 when its role or date changes. One lead per agreement.
         *
         *     Roles: `admin`.
         */
        put: operations["putParty"];
        post?: never;
        /**
         * Remove an agency from an agreement
         * @description Refused (409) while the agency has commitments or batches under the agreement.
         *
         *     Roles: `admin`.
         */
        delete: operations["removeParty"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/commitments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the commitments made under an agreement
         * @description Parties see each other’s commitments. Ordered by due date.
         */
        get: operations["listCommitments"];
        put?: never;
        /**
         * Make a commitment (created as draft)
         * @description An admin for any party, or an agency for itself. The agency must be a party of the agreement and the due date within its period. One agency holds at most 100 commitments (of either kind, drafts included) under one agreement: one more is a 409 (`commitment-limit`); amend an existing one instead.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["createCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commitments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a commitment */
        get: operations["getCommitment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Amend a commitment, keeping the previous version
         * @description The committing agency or an admin. Send `If-Match` with the ETag you read to avoid overwriting someone else’s change.
         *
         *     Roles: `admin`, `agency`.
         */
        patch: operations["amendCommitment"];
        trace?: never;
    };
    "/v1/commitments/{id}/realisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The spending reported for a budget commitment */
        get: operations["listRealisations"];
        put?: never;
        /**
         * Report spending of a budget commitment
         * @description The committing agency or an admin reports rupiah spent and workers funded, with evidence references. The total realised may not exceed the amount committed (422), and only budget commitments are realised (422).
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["createRealisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commitments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Earlier versions of a commitment, newest first */
        get: operations["getCommitmentHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/commitments/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a commitment, making it active
         * @description The committing agency or an admin. Signing an active commitment is a 409.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["signCommitment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List batches, newest first
         * @description An agency token sees only its own batches.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["listEnrollmentBatches"];
        put?: never;
        /**
         * Post a batch of newly protected workers
         * @description Records are validated one by one (codes in `EnrollmentRecord`), deduplicated by NIK across all agencies and counted once: the first accepted report credits its agency. The batch is written whole or not at all. Requires `Idempotency-Key` (scoped per agency, kept at least 24 h): the same key and body replays the stored response with `Idempotent-Replayed: true`; the same key with another body is a 422; while the first request is still running, a 409; without the key, a 400 (`idempotency-key-missing`). After the key’s time (`IDEMPOTENCY_TTL_HOURS`) its stored response is purged and the same key is a new request: a new batch, whose workers are already credited (they count as duplicates, never twice). The deprecated `?dryRun=true` answers like `validateEnrollmentBatch` (200, `BatchValidation`) and writes nothing; it still requires `Idempotency-Key` (without it, a 400), which it does not use up.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["postEnrollmentBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/batches/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a batch before posting it
         * @description Checks every record as a post would (codes in `EnrollmentRecord`) and counts the invalid ones, the repeats within the batch and the workers of another province; writes nothing and needs no `Idempotency-Key`. It reports validity only: `toBeChecked` counts the workers a post would check against coverage, never whether any of them is already covered, or by whom — only a real, audited post tells an agency that. Each call is audited (counts only).
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["validateEnrollmentBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a batch and its report
         * @description The owning agency or an admin.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["getEnrollmentBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/batches/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a batch
         * @description The owning agency or an admin. Workers the batch holds credit for fall back to the next agency that reported them, or leave coverage if none did. Voiding twice is a 409.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["voidEnrollmentBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List confirmation batches, newest first
         * @description The agreement’s counterpart (its BPJS party, with its own agency token) or an admin; any other token is a 403.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["listConfirmationBatches"];
        put?: never;
        /**
         * Post BPJS’s confirmations: which workers its register shows active, inactive or not found
         * @description The agreement’s counterpart (its BPJS party, with its own agency token) or an admin; any other token is a 403. Records are checked one by one (codes in `ConfirmationRecord`; the NIK rules are those of enrollment records) and matched to enrollments by the same keyed NIK hash. A worker’s latest confirmation (by `asOf`, then posting order) labels it; earlier ones stay in history. A confirmation never creates or moves a credit. NIKs of another province are kept and ignored for this agreement. Requires `Idempotency-Key` as batch posts do, `?dryRun=true` too; a dry run checks without writing (200) and does not use the key up. While a confirmation batch is written, enrollment batches and voids of the agreement wait for it.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["postConfirmationBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confirmations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a confirmation batch and its report
         * @description The agreement’s counterpart (its BPJS party, with its own agency token) or an admin; any other token is a 403.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["getConfirmationBatch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/confirmations/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a confirmation batch
         * @description The agreement’s counterpart (its BPJS party, with its own agency token) or an admin; any other token is a 403. Each worker it labelled takes its next latest confirmation from batches not voided, or none (it is then unconfirmed, or no longer counted if no dinas reported it). Voiding twice is a 409.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["voidConfirmationBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/official-figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the official figures, latest first
         * @description Any authenticated role; an agency token must be a party of the agreement.
         */
        get: operations["listOfficialFigures"];
        put?: never;
        /**
         * Record the official coverage figure BPJS or Kemendagri published for a date
         * @description The agreement’s counterpart (its BPJS party, with its own agency token) or an admin; any other token is a 403. Stored as published (audited); the summary shows the latest by `asOf` beside the counted figures, and the series shows each as a point.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["postOfficialFigure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/agencies/{code}/unconfirmed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agency’s credited records BPJS has not confirmed active
         * @description The agency itself (its own agency token) or an admin; any other agency and viewers get 403. Never a NIK or its hash: each record is named by its batch, its index and the agency’s own `ref`. A record is listed while its worker’s latest confirmation is `not_found` or `inactive`, or there is none yet (`pending`).
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["listUnconfirmedRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/agencies/{code}/unconfirmed.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The same list, whole, as a CSV file
         * @description The agency itself (its own agency token) or an admin; any other agency and viewers get 403. Never a NIK or its hash: each record is named by its batch, its index and the agency’s own `ref`. CSV as the exports write it (UTF-8 with a BOM, `;`-delimited). Audited (counts only).
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["getUnconfirmedRecordsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coverage against the shared target: figures, gap, pace, agencies, breakdowns, milestones
         * @description Any authenticated role; an agency token must be a party of the agreement. Cheap to poll: send the last `ETag` in `If-None-Match` and get a 304 with no body until a figure (or the WIB date) changes. With `period`: the figures up to that reporting period's last day; a closed period answers its frozen snapshot byte for byte, forever, with its own ETag (`version` names an earlier one after a reopen); 404 for a name that is not one of the agreement's periods or a version that was never frozen.
         */
        get: operations["getCoverageSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Newly and cumulatively covered workers by day or week, with the straight line to the target
         * @description Any authenticated role; an agency token must be a party of the agreement. A series spans at most 3,660 days after `from` (about ten years), defaults included; a longer window is a 400. With `period`: from the period start to that reporting period's last day; a closed period's series is frozen and served byte for byte with its own ETag.
         */
        get: operations["getCoverageSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/agencies/{code}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One agency’s progress: its commitments, its batches, duplicates credited elsewhere
         * @description Any authenticated role; agency tokens read every party’s progress in their agreements.
         */
        get: operations["getAgencyProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The import template (XLSX)
         * @description The columns, the NIK column formatted as Text, one example row, and a sheet “Petunjuk” explaining each column in Bahasa Indonesia.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["getImportTemplateXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The import template (CSV)
         * @description The header line and one example row; UTF-8 with BOM, `;` as the delimiter, CRLF — as Excel writes CSV in the Indonesian locale.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["getImportTemplateCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List imports, newest first
         * @description An agency token sees only its own imports.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["listImports"];
        put?: never;
        /**
         * Upload a spreadsheet (CSV or XLSX) to import
         * @description Answers 202 with the import and `Location: /v1/imports/{id}` once the file is received (stored encrypted) and its header row checked; the rows are then posted in the background, in batches of 5000 rows, through the same pipeline as `POST /batches` (same classification, idempotency and audit). Limits: 104857600 bytes (100 MiB) and 1000000 rows after the header; with `kind=confirmation`, 536870912 bytes (512 MiB) and 6000000 rows (413). An empty file is a 400; a file that is neither CSV nor XLSX, or whose bytes contradict its content type, a 415; no header row or missing required columns (`nik`, `segmen`, `program` or Y/N program columns, `tanggal_terdaftar`), a 422. With `kind=confirmation` the file is BPJS’s register extract (template: `…/imports/template.xlsx?kind=confirmation`; required columns `nik`, `status`, `tanggal_data`), imported by the agreement’s counterpart or an admin (else 403) and posted as confirmation batches through the same pipeline as `POST /confirmations`. The same file again (same SHA-256, agency and dryRun) is the same import: a live or completed one is returned with 200 (an interrupted one resumes by itself); a failed or cancelled one does not stop a new import.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["uploadImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import and its progress
         * @description Readable from any instance while it runs: rows read of total, counts per class, percent, rows per second, batches.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an import
         * @description Stops it after the chunk under way. Rows already committed stay, as their batches (void those batches to withdraw them); the stored file is deleted at once. An import that has ended is a 409.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["cancelImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The error file of an import (CSV)
         * @description One line per problem: the row as the spreadsheet numbers it (the header is row 1), the column, a stable code and a message — in Bahasa Indonesia (`;`-separated), or English with `Accept-Language: en` (`,`-separated). It never contains a NIK nor any other cell value. Codes are listed in `Import`.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["getImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an agreement’s reporting periods, each with its state and every agency’s submission
         * @description Periods are whole calendar months (monthly by default; see the schedule), named `YYYY-MM` by their first month, cut to the agreement’s period. Any role that reads the agreement.
         */
        get: operations["listReportingPeriods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How an agreement is reported: months per period and the submission deadline */
        get: operations["getPeriodSchedule"];
        /**
         * Set an agreement’s reporting schedule
         * @description Admin. The deadline may change at any time; the months per period only until the first submission or close (409 `conflict` after: the periods’ names would move).
         *
         *     Roles: `admin`.
         */
        put: operations["putPeriodSchedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/{period}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an agency’s reports for a period as complete
         * @description The agency’s own token (an admin names `agency`, and is audited as the admin). From `open` or `returned` to `submitted`. 403 for any other caller; 404 for a period or agency the agreement does not have; 409 `period-not-started` before the period begins, `period-closed` while it is closed, `invalid-transition` from any other state.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["submitPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/{period}/submissions/{agency}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a submitted period (the lead party)
         * @description The lead party’s token, or an admin. From `submitted` to `verified`. 403 for any other caller; 404 for a period or agency the agreement does not have; 409 `period-closed` while the period is closed, `invalid-transition` from any other state.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["verifySubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/{period}/submissions/{agency}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a verified period (the counterpart)
         * @description The counterpart’s token (BPJS), or an admin. From `verified` to `accepted`, which is final. 403 for any other caller; 404 for a period or agency the agreement does not have; 409 `period-closed` while the period is closed, `invalid-transition` from any other state.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["acceptSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/{period}/submissions/{agency}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return a submitted period to its agency, with a reason (the lead party)
         * @description The lead party’s token, or an admin. From `submitted` to `returned`: the agency corrects its reports and submits again. 403 for any other caller; 404 for a period or agency the agreement does not have; 409 `period-closed` while the period is closed, `invalid-transition` from any other state.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["returnSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/{period}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a period: freeze its figures
         * @description Admin, once the period’s last day (WIB) is over (409 `period-not-ended` before). Freezes the summary and series up to its last day as the next version, served byte for byte by `GET …/summary?period=` and `GET …/series?period=` forever. From then on a record dated in the period is rejected (`enrolled_on_period_closed`) and a void that would move one of its credits is a 409 `period-closed`. A close after a reopen writes the adjustment. 409 `period-closed` if it is closed already.
         *
         *     Roles: `admin`.
         */
        post: operations["closeReportingPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/{period}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a closed period, with a reason
         * @description Admin. Records and voids may change the period again; its frozen versions stay served under their numbers, and what changes is listed as an adjustment (pending until the period is closed again). 409 `period-not-closed` unless it is closed.
         *
         *     Roles: `admin`.
         */
        post: operations["reopenReportingPeriod"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/periods/{period}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What reopening a period changed: who, when, why, which figures moved by how much
         * @description Any role that reads the agreement. One entry per close after a reopen, and a pending one while the period is reopened.
         */
        get: operations["listPeriodAdjustments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/exports/{table}.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agency table, the regency table or the series as a CSV or XLSX file
         * @description The same callers as the summary: any authenticated role; an agency token must be a party of the agreement. Aggregates only, never personal data; every file says so in a note (under the table in CSV, on the sheet `Catatan` in XLSX). CSV: UTF-8 with a BOM, `;` as delimiter, decimal comma, whole numbers without separators, text cells that a spreadsheet would run as a formula prefixed with `'`. The query applies to `series` only, with the series API's bounds.
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description An admin manages every subscription; an agency its own, which receive only events about that agency and the public aggregates of its agreements.
         *
         *     Roles: `admin`, `agency`.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Subscribe a URL to events
         * @description An admin manages every subscription; an agency its own, which receive only events about that agency and the public aggregates of its agreements. Events are signed per the Standard Webhooks specification with the `secret` returned here, once. See the `webhooks` section for each event's payload. An agency holds at most 20 subscriptions (the admins' agreement-wide ones as many): one more is a 409 (`webhook-limit`).
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook subscription
         * @description Roles: `admin`, `agency`.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription and its delivery log
         * @description Roles: `admin`, `agency`.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook subscription (switch it on or off, change its URL or events)
         * @description Switching on a subscription the service switched off (`disabledReason: gone`) clears the reason.
         *
         *     Roles: `admin`, `agency`.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret
         * @description Returns the new secret, once. For 24 hours every request is signed with both the new and the previous secret (two `v1,` signatures in `webhook-signature`), so the receiver can switch without losing an event.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log: each event sent to the subscription, with its attempts
         * @description Roles: `admin`, `agency`.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an ended delivery again
         * @description The same event with the same `webhook-id`, now, with a fresh round of retries. A delivery still pending is a 409.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The open alerts under an agreement
         * @description Projected misses of enrollment commitments and overdue milestones, evaluated after every change to an agency’s figures and once a WIB day. An alert resolves itself (and leaves this list) when its condition ends. Agency tokens see their own alerts only.
         */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agreements/{agreementId}/alerts/{alertId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge an alert, with a note
         * @description The alert’s agency or an admin. Acknowledging again replaces the note.
         *
         *     Roles: `admin`, `agency`.
         */
        post: operations["acknowledgeAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit entries, newest first
         * @description Every write records its actor, action, entity, request id and time. Entries are never changed.
         *
         *     Roles: `admin`.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the audit hash chains and report broken links
         * @description Every entry’s hash covers its content and the previous entry’s hash in its chain (one chain per agency, one for the rest). This recomputes every chain and reports the first broken link: an entry edited, deleted, or cut from a chain’s end. `200` whether or not the chains are intact; `ok` says which.
         *
         *     Roles: `admin`.
         */
        get: operations["verifyAuditChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/{agreementId}/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One agency’s page of the dashboard (HTML, Bahasa Indonesia)
         * @description The same page as the dashboard, showing one party: its commitments and their pace, its series, its duplicates credited elsewhere. Loads `getAgencyProgress` with the viewer’s token.
         */
        get: operations["getAgencyDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/assets/favicon.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard’s icon */
        get: operations["getDashboardIcon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The progress dashboard (HTML, Bahasa Indonesia)
         * @description Asks for a viewer token (or takes one from the URL fragment, `#token=…`, which never reaches the server) and keeps it in sessionStorage; polls the summary with If-None-Match.
         */
        get: operations["getDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/assets/app.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard’s script */
        get: operations["getDashboardScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/assets/app.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard’s styles */
        get: operations["getDashboardStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/{agreementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The import page (HTML, Bahasa Indonesia)
         * @description Choose a file, see the header check, the progress and the result; download the template and the error file. Asks for an agency token (or takes one from the URL fragment, `#token=…`).
         */
        get: operations["getImportPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/assets/app.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import page’s script */
        get: operations["getImportPageScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/imports/assets/app.css": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import page’s styles */
        get: operations["getImportPageStyles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "batch.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A batch was posted (through `POST …/batches` or as a chunk of an import).
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onBatchCreated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "batch.voided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A batch was voided: its credits fell back to other reports or left coverage.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onBatchVoided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "import.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A spreadsheet import finished.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onImportCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "confirmation.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A BPJS confirmation batch was written (through `POST …/confirmations` or as a chunk of a confirmation import). Heard by the counterpart that posted it; the figures it moves reach every party through the summary.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onConfirmationCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "import.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A spreadsheet import failed (the file could not be read to the end, or it expired).
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onImportFailed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "commitment.signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A commitment was signed and became active.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onCommitmentSigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "milestone.overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A signed milestone is still open the day after its due date.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onMilestoneOverdue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agency.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An agency’s status against its commitments changed (e.g. `on_track` → `behind`), as the summary shows it.
         * @description Received by admins’ subscriptions and those of every party of the agreement.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onAgencyStatusChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "agency.projected_miss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * At its pace over the last 14 days an agency will not meet a commitment by its due date (raised once per change: again only after the projection recovered).
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onAgencyProjectedMiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.submitted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An agency submitted its report for a period.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onPeriodSubmitted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.verified": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The lead party verified an agency’s submission for a period.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onPeriodVerified"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.accepted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The counterpart accepted an agency’s submission for a period.
         * @description Received by admins’ subscriptions and those of the agency it is about.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onPeriodAccepted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "period.closed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reporting period was closed: its figures are frozen as a new version.
         * @description Received by admins’ subscriptions and those of every party of the agreement.
         *
         *     Sent as `POST` with a JSON body, signed per the [Standard Webhooks](https://www.standardwebhooks.com/)
         *     specification: `webhook-id` (the delivery's id — the same on every retry: deduplicate by it),
         *     `webhook-timestamp` (Unix seconds) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
         *     `id.timestamp.body` under the subscription's secret; during the 24 hours after a
         *     rotation, two space-separated signatures, one per secret). Verify with any Standard Webhooks library.
         *     Answer any 2xx within the delivery timeout to acknowledge; anything else (or no answer) is retried after
         *     5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (±10 % jitter; about 27.6 hours in all), then the delivery is
         *     `failed` and can be redelivered by hand. A 410 switches the subscription off. Redirects are not followed.
         *     Delivery is at least once; order is not guaranteed.
         */
        post: operations["onPeriodClosed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @example {
         *       "period": "2024-11",
         *       "version": 2,
         *       "state": "final",
         *       "reason": "Dinkes posted 40 workers twice; the duplicate batch is voided.",
         *       "reopenedAt": "2025-01-06T02:00:00.000Z",
         *       "reopenedBy": "admin@sinergi",
         *       "closedAt": "2025-01-07T02:00:00.000Z",
         *       "closedBy": "admin@sinergi",
         *       "changes": [
         *         {
         *           "figure": "newlyCovered",
         *           "before": 1050,
         *           "after": 1010,
         *           "delta": -40
         *         }
         *       ]
         *     }
         */
        Adjustment: {
            /** @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`). */
            period: string;
            /** @description The snapshot version this adjustment produced; null while the period is still reopened. */
            version: number | null;
            /**
             * @description `pending`: the period is reopened now; the changes so far, against the last frozen version.
             * @enum {string}
             */
            state: "final" | "pending";
            /** @description The reason given when the period was reopened. */
            reason: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            reopenedAt: string;
            reopenedBy: string;
            closedAt: string | null;
            closedBy: string | null;
            /** @description Every figure that moved, by path. */
            changes: {
                /** @description A figure of the period’s summary, as a path: `newlyCovered`, `agencies.dinkes.credited`, `bySegment.PU`, … */
                figure: string;
                before: number;
                after: number;
                /** @description after − before. */
                delta: number;
            }[];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "period": "2024-11",
         *           "version": 2,
         *           "state": "final",
         *           "reason": "Dinkes posted 40 workers twice; the duplicate batch is voided.",
         *           "reopenedAt": "2025-01-06T02:00:00.000Z",
         *           "reopenedBy": "admin@sinergi",
         *           "closedAt": "2025-01-07T02:00:00.000Z",
         *           "closedBy": "admin@sinergi",
         *           "changes": [
         *             {
         *               "figure": "newlyCovered",
         *               "before": 1050,
         *               "after": 1010,
         *               "delta": -40
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        AdjustmentPage: {
            /** @description At most `limit` items, oldest first (a pending one last). */
            items: components["schemas"]["Adjustment"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "code": "dinkes",
         *       "name": "Dinas Kesehatan Provinsi DKI Jakarta",
         *       "shortName": "Dinkes",
         *       "description": "Health workers, puskesmas and hospital contract staff.",
         *       "createdAt": "2024-10-23T03:00:00.000Z",
         *       "updatedAt": "2024-10-23T03:00:00.000Z"
         *     }
         */
        Agency: {
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            code: string;
            name: string;
            shortName: string | null;
            description: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "code": "bapenda",
         *       "name": "Badan Pendapatan Daerah Provinsi DKI Jakarta",
         *       "shortName": "Bapenda"
         *     }
         */
        AgencyCreate: {
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            code: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            name: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            shortName?: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            description?: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "code": "dinkes",
         *           "name": "Dinas Kesehatan Provinsi DKI Jakarta",
         *           "shortName": "Dinkes",
         *           "description": "Health workers, puskesmas and hospital contract staff.",
         *           "createdAt": "2024-10-23T03:00:00.000Z",
         *           "updatedAt": "2024-10-23T03:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        AgencyPage: {
            /** @description At most `limit` items, sorted by code. */
            items: components["schemas"]["Agency"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "description": "Also covers Pasukan Oranye street cleaners."
         *     }
         */
        AgencyPatch: {
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            name?: string;
            shortName?: string | null;
            description?: string | null;
        };
        /**
         * @example {
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": {
         *         "code": "dinkes",
         *         "name": "Dinas Kesehatan",
         *         "role": "participant",
         *         "credited": 1000,
         *         "duplicatesReported": 0,
         *         "committedWorkers": 25000,
         *         "percentOfCommitment": 4,
         *         "lastBatchAt": "2024-11-04T03:12:45.000Z",
         *         "status": "behind",
         *         "confirmation": {
         *           "reported": 1000,
         *           "confirmedActive": 700,
         *           "confirmedInactive": 50,
         *           "notFound": 50,
         *           "unconfirmed": 200,
         *           "rate": 0.7
         *         },
         *         "expectedByToday": 5300
         *       },
         *       "commitments": [],
         *       "batches": {
         *         "count": 2,
         *         "voided": 0,
         *         "received": 1010,
         *         "accepted": 1000,
         *         "duplicates": {
         *           "inBatch": 0,
         *           "sameAgency": 0,
         *           "otherAgency": 0
         *         },
         *         "outOfRegion": 0,
         *         "outOfScope": 0,
         *         "rejected": 10
         *       },
         *       "areaTargets": [
         *         {
         *           "areaCode": "3171",
         *           "name": "Jakarta Pusat",
         *           "target": 5000,
         *           "credited": 180
         *         }
         *       ],
         *       "creditedElsewhere": 0,
         *       "submissions": [
         *         {
         *           "period": "2024-11",
         *           "from": "2024-11-01",
         *           "to": "2024-11-30",
         *           "deadline": "2024-12-10",
         *           "status": "submitted",
         *           "periodStatus": "open",
         *           "overdue": false
         *         }
         *       ]
         *     }
         */
        AgencyProgress: {
            agreementId: string;
            agency: {
                /** @description Short lowercase agency code, e.g. `dinkes`. */
                code: string;
                name: string;
                /**
                 * @description `lead` (one per agreement), `counterpart` (BPJS) or `participant` (a dinas).
                 * @enum {string}
                 */
                role: "lead" | "counterpart" | "participant";
                /**
                 * Format: int64
                 * @description Workers newly covered and credited to this agency (first report wins; net of voids).
                 */
                credited: number;
                /**
                 * Format: int64
                 * @description Records of its non-voided batches that repeated an already covered worker (in the batch, its own or another agency’s).
                 */
                duplicatesReported: number;
                /**
                 * Format: int64
                 * @description Sum of its active enrollment commitments’ targetWorkers.
                 */
                committedWorkers: number;
                /** @description credited ÷ committedWorkers × 100, one decimal; null without a commitment. */
                percentOfCommitment: number | null;
                lastBatchAt: string | null;
                /**
                 * @description Against the agency’s **active** enrollment commitments: `met` when its counted workers ≥ their sum; else `on_track` when they are ≥ what the commitments call for by today — each commitment’s target pro rata to the days elapsed from the period start to its due date (both included, WIB) — else `behind`; `no_commitment` without an active enrollment commitment. Its counted workers are `credited` when the agreement’s `countBasis` is `reported`, and `confirmation.confirmedActive` (its credited workers BPJS confirms active) when it is `confirmed`.
                 * @enum {string}
                 */
                status: "met" | "on_track" | "behind" | "no_commitment";
                /** @description BPJS’s confirmation of this agency’s credited workers. */
                confirmation: {
                    /**
                     * Format: int64
                     * @description Workers credited (as `credited`): the claims BPJS is asked to confirm.
                     */
                    reported: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers whose latest BPJS confirmation (by asOf, then posting order; voided batches aside) is `active`.
                     */
                    confirmedActive: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers whose latest confirmation is `inactive`.
                     */
                    confirmedInactive: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers whose latest confirmation is `not_found`.
                     */
                    notFound: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers with no confirmation yet. confirmedActive + confirmedInactive + notFound + unconfirmed = reported.
                     */
                    unconfirmed: number;
                    /** @description confirmedActive ÷ reported, a ratio from 0 to 1 (four decimals); null when reported is 0. */
                    rate: number | null;
                };
                /**
                 * Format: int64
                 * @description What its active enrollment commitments call for by today (pro rata).
                 */
                expectedByToday: number;
            };
            commitments: {
                /** Format: uuid */
                id: string;
                agreementId: string;
                /** @description Short lowercase agency code, e.g. `dinkes`. */
                agency: string;
                /**
                 * @description `enrollment`: a number of newly covered workers by a date. `milestone`: a deliverable, e.g. a governor’s regulation. `budget`: rupiah from the agency’s budget (e.g. contributions for vulnerable informal workers) for a number of workers by a date.
                 * @enum {string}
                 */
                kind: "enrollment" | "milestone" | "budget";
                title: string;
                description: string | null;
                /** @description Enrollment commitments: newly covered workers promised. */
                targetWorkers: number | null;
                /** @description Budget commitments: whole rupiah committed. */
                amountRupiah: number | null;
                /** @description Budget commitments: workers the amount funds. */
                fundedWorkers: number | null;
                /** @description Enrollment commitments: part of the target per area (may be empty). */
                areaTargets: {
                    /** @description Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175. */
                    areaCode: string;
                    /**
                     * Format: int32
                     * @description Newly covered workers in the area.
                     */
                    workers: number;
                }[];
                /** @description Enrollment commitments: the segment counted, or null for all. */
                segment: ("PU" | "BPU" | "JAKON" | "PMI") | null;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                dueDate: string;
                /**
                 * @description `draft` until signed; `active` once signed. Amending the terms of an active commitment returns it to `draft`.
                 * @enum {string}
                 */
                status: "draft" | "active";
                milestoneStatus: ("open" | "done") | null;
                evidenceRef: string | null;
                signature: {
                    /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                    signatoryName: string;
                    /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                    signatoryTitle: string;
                    /**
                     * Format: date
                     * @description Not after today (WIB).
                     */
                    signedOn: string;
                } | null;
                /**
                 * Format: int64
                 * @description Increases with every amendment; sent as the `ETag`.
                 */
                version: number;
                createdBy: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                updatedAt: string;
                /** @description Enrollment commitments only. */
                progress: {
                    /**
                     * Format: int64
                     * @description Workers credited to batches posted with this commitmentId (net of voids).
                     */
                    credited: number;
                    /** @description credited ÷ targetWorkers × 100, one decimal. */
                    percent: number;
                    /** Format: int64 */
                    expectedByToday: number;
                } | null;
            }[];
            batches: {
                /**
                 * Format: int64
                 * @description Batches posted, voided ones included.
                 */
                count: number;
                /** Format: int64 */
                voided: number;
                /**
                 * Format: int64
                 * @description Records received in non-voided batches.
                 */
                received: number;
                /**
                 * Format: int64
                 * @description Credited when posted (non-voided batches).
                 */
                accepted: number;
                duplicates: {
                    /** Format: int64 */
                    inBatch: number;
                    /** Format: int64 */
                    sameAgency: number;
                    /** Format: int64 */
                    otherAgency: number;
                };
                /** Format: int64 */
                outOfRegion: number;
                /**
                 * Format: int64
                 * @description Valid in-region records of a segment the agreement does not count.
                 */
                outOfScope: number;
                /** Format: int64 */
                rejected: number;
            };
            /** @description The agency’s targets per area, from its active enrollment commitments. */
            areaTargets: {
                areaCode: string;
                name: string | null;
                /**
                 * Format: int64
                 * @description Sum of the area targets of its active enrollment commitments.
                 */
                target: number;
                /**
                 * Format: int64
                 * @description Its newly covered workers of the area.
                 */
                credited: number;
            }[];
            /**
             * Format: int64
             * @description Duplicates it reported that another agency was credited for when they were posted (duplicates.otherAgency).
             */
            creditedElsewhere: number;
            /** @description Its submission for each period begun by today (WIB), latest first (the latest 60 at most); empty for the counterpart, which accepts rather than submits. */
            submissions: {
                /** @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`). */
                period: string;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                from: string;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                to: string;
                /**
                 * Format: date
                 * @description Submissions are due by this day (WIB): the last day of the period’s last month + `deadlineDays`.
                 */
                deadline: string;
                /**
                 * @description `open` (nothing handed in) → `submitted` (by the agency: its reports for the period are complete) → `verified` (by the lead) → `accepted` (by the counterpart); the lead may instead return a submitted one (`returned`, with a reason), which the agency submits again.
                 * @enum {string}
                 */
                status: "open" | "submitted" | "verified" | "returned" | "accepted";
                /**
                 * @description `closed`: its figures are frozen (records dated in it are rejected, voids that would move them refused); `reopened`: open again, with a reason.
                 * @enum {string}
                 */
                periodStatus: "open" | "closed" | "reopened";
                overdue: boolean;
            }[];
        };
        /**
         * @example {
         *       "id": "jakarta-uc-2024",
         *       "title": "Nota Kesepakatan Sinergi Universal Coverage Jamsostek DKI Jakarta 2024",
         *       "description": "Synergy MoU between BPJS Ketenagakerjaan Kanwil DKI Jakarta and the DKI Jakarta provincial government.",
         *       "regionCode": "31",
         *       "draftedOn": "2024-10-23",
         *       "signedOn": null,
         *       "periodStart": "2024-10-23",
         *       "targetDate": "2024-12-31",
         *       "baseline": {
         *         "kind": "declared",
         *         "workers": 2200000,
         *         "percent": 51,
         *         "asOf": "2024-10-23",
         *         "source": "BPJS Ketenagakerjaan Kanwil DKI Jakarta, Wartapembaruan.co.id, 23 Oct 2024",
         *         "note": null
         *       },
         *       "target": {
         *         "workers": 2700000,
         *         "percent": 65,
         *         "date": "2024-12-31",
         *         "source": "Kemendagri target as quoted by BPJS Ketenagakerjaan Kanwil DKI Jakarta, 23 Oct 2024",
         *         "note": null
         *       },
         *       "workforce": {
         *         "workers": 4153846,
         *         "asOf": "2024-12-31",
         *         "source": "Inferred: 2,700,000 ÷ 65 %",
         *         "note": "Not published; see the seed file."
         *       },
         *       "countBasis": "reported",
         *       "indicator": {
         *         "name": "Cakupan kepesertaan Jamsostek pekerja ber-NIK DKI Jakarta",
         *         "code": null,
         *         "region": "31",
         *         "countedSegments": [
         *           "PU",
         *           "BPU",
         *           "JAKON",
         *           "PMI"
         *         ],
         *         "denominator": {
         *           "workers": 4153846,
         *           "asOf": "2024-12-31",
         *           "source": "Inferred: 2,700,000 ÷ 65 %"
         *         }
         *       },
         *       "predecessorId": null,
         *       "areaTargets": [
         *         {
         *           "areaCode": "3171",
         *           "workers": 60000
         *         }
         *       ],
         *       "createdAt": "2024-10-23T03:00:00.000Z",
         *       "updatedAt": "2024-10-23T03:00:00.000Z"
         *     }
         */
        Agreement: {
            /** @description Stable slug, e.g. `jakarta-uc-2024`. */
            id: string;
            title: string;
            description: string | null;
            /** @description Two-digit province code of the NIKs that count toward coverage (`31` = DKI Jakarta). */
            regionCode: string;
            draftedOn: string | null;
            signedOn: string | null;
            /**
             * Format: date
             * @description Enrollments dated before this do not count.
             */
            periodStart: string;
            /**
             * Format: date
             * @description Enrollments dated after this do not count.
             */
            targetDate: string;
            baseline: {
                /**
                 * @description `declared`: the figures were typed in from a source. `predecessorResult`: the baseline is the predecessor’s covered workers at its target date (its baseline plus its newly covered workers), derived whenever it is read, never typed; `asOf` is then the predecessor’s target date.
                 * @enum {string}
                 */
                kind: "declared" | "predecessorResult";
                /**
                 * Format: int32
                 * @description Workers already covered at the baseline date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent: number | null;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note: string | null;
            };
            target: {
                /**
                 * Format: int32
                 * @description Workers covered by the target date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent: number | null;
                /**
                 * Format: date
                 * @description The target date; the agreement’s period ends on it.
                 */
                date: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note: string | null;
            };
            workforce: {
                /**
                 * Format: int32
                 * @description The denominator for coverage percentages.
                 */
                workers: number;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note: string | null;
            };
            /**
             * @description What the summary’s headline `covered` counts. `reported` (the default): baseline + newlyCovered, the workers the agencies reported and were credited for. `confirmed`: baseline + the workers BPJS’s latest confirmation shows active with a confirmation day (registeredOn, else asOf) within the period — reported by an agency or not; and agency status is then judged on each agency’s confirmed-active workers. Both figures are always in the summary.
             * @enum {string}
             */
            countBasis: "reported" | "confirmed";
            /** @description What the agreement counts. The headline basis (reported or confirmed workers) is the agreement’s `countBasis`, not a field of the indicator. */
            indicator: {
                name: string;
                code: string | null;
                /** @description The province whose NIKs count (the agreement’s `regionCode`). */
                region: string;
                /** @description The segments the agreement counts. A valid in-region record of another segment is classified `outOfScope`: kept, not counted. */
                countedSegments: ("PU" | "BPU" | "JAKON" | "PMI")[];
                /** @description The denominator of coverage percentages: the agreement’s `workforce` (one figure, shown here too). */
                denominator: {
                    /** Format: int64 */
                    workers: number;
                    /**
                     * Format: date
                     * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                     */
                    asOf: string;
                    source: string;
                };
            };
            /** @description The agreement this one follows, e.g. `jakarta-uc-2024` for the 2025 NKS. */
            predecessorId: string | null;
            /** @description Targets of newly covered workers per area (regency/city code of the NIK, validated against the agreement’s region). */
            areaTargets: {
                /** @description Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175. */
                areaCode: string;
                /**
                 * Format: int32
                 * @description Newly covered workers in the area.
                 */
                workers: number;
            }[];
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "jakarta-uc-2026",
         *       "title": "NKS Universal Coverage Jamsostek DKI Jakarta 2026",
         *       "regionCode": "31",
         *       "periodStart": "2026-01-01",
         *       "predecessorId": "jakarta-uc-2025",
         *       "baseline": {
         *         "kind": "predecessorResult"
         *       },
         *       "target": {
         *         "workers": 3000000,
         *         "date": "2026-12-31",
         *         "source": "Example target"
         *       },
         *       "workforce": {
         *         "workers": 4196643,
         *         "asOf": "2025-12-31",
         *         "source": "Inferred: 2,800,000 ÷ 66.72 %"
         *       },
         *       "indicator": {
         *         "name": "Cakupan kepesertaan Jamsostek PU dan BPU ber-NIK DKI Jakarta",
         *         "countedSegments": [
         *           "PU",
         *           "BPU"
         *         ]
         *       }
         *     }
         */
        AgreementCreate: {
            /** @description Stable slug, e.g. `jakarta-uc-2024`. */
            id: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            title: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            description?: string;
            /** @description Two-digit province code of the NIKs that count toward coverage (`31` = DKI Jakarta). */
            regionCode: string;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            draftedOn?: string;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            signedOn?: string;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            periodStart: string;
            baseline: {
                /** @constant */
                kind?: "declared";
                /**
                 * Format: int32
                 * @description Workers already covered at the baseline date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent?: number | null;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            } | {
                /** @constant */
                kind: "predecessorResult";
            };
            target: {
                /**
                 * Format: int32
                 * @description Workers covered by the target date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent?: number | null;
                /**
                 * Format: date
                 * @description The target date; the agreement’s period ends on it.
                 */
                date: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            };
            workforce: {
                /**
                 * Format: int32
                 * @description The denominator for coverage percentages.
                 */
                workers: number;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            };
            /**
             * @description What the summary’s headline `covered` counts. `reported` (the default): baseline + newlyCovered, the workers the agencies reported and were credited for. `confirmed`: baseline + the workers BPJS’s latest confirmation shows active with a confirmation day (registeredOn, else asOf) within the period — reported by an agency or not; and agency status is then judged on each agency’s confirmed-active workers. Both figures are always in the summary.
             * @enum {string}
             */
            countBasis?: "reported" | "confirmed";
            /** @description Defaults to the title as its name and every segment counted. */
            indicator?: {
                /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                name: string;
                code?: string | null;
                /** @description The segments the agreement counts. A valid in-region record of another segment is classified `outOfScope`: kept, not counted. */
                countedSegments: ("PU" | "BPU" | "JAKON" | "PMI")[];
            };
            /** @description Stable slug, e.g. `jakarta-uc-2024`. */
            predecessorId?: string;
            /** @description Targets of newly covered workers per area (regency/city code of the NIK, validated against the agreement’s region). */
            areaTargets?: {
                /** @description Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175. */
                areaCode: string;
                /**
                 * Format: int32
                 * @description Newly covered workers in the area.
                 */
                workers: number;
            }[];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "jakarta-uc-2024",
         *           "title": "Nota Kesepakatan Sinergi Universal Coverage Jamsostek DKI Jakarta 2024",
         *           "description": "Synergy MoU between BPJS Ketenagakerjaan Kanwil DKI Jakarta and the DKI Jakarta provincial government.",
         *           "regionCode": "31",
         *           "draftedOn": "2024-10-23",
         *           "signedOn": null,
         *           "periodStart": "2024-10-23",
         *           "targetDate": "2024-12-31",
         *           "baseline": {
         *             "kind": "declared",
         *             "workers": 2200000,
         *             "percent": 51,
         *             "asOf": "2024-10-23",
         *             "source": "BPJS Ketenagakerjaan Kanwil DKI Jakarta, Wartapembaruan.co.id, 23 Oct 2024",
         *             "note": null
         *           },
         *           "target": {
         *             "workers": 2700000,
         *             "percent": 65,
         *             "date": "2024-12-31",
         *             "source": "Kemendagri target as quoted by BPJS Ketenagakerjaan Kanwil DKI Jakarta, 23 Oct 2024",
         *             "note": null
         *           },
         *           "workforce": {
         *             "workers": 4153846,
         *             "asOf": "2024-12-31",
         *             "source": "Inferred: 2,700,000 ÷ 65 %",
         *             "note": "Not published; see the seed file."
         *           },
         *           "countBasis": "reported",
         *           "indicator": {
         *             "name": "Cakupan kepesertaan Jamsostek pekerja ber-NIK DKI Jakarta",
         *             "code": null,
         *             "region": "31",
         *             "countedSegments": [
         *               "PU",
         *               "BPU",
         *               "JAKON",
         *               "PMI"
         *             ],
         *             "denominator": {
         *               "workers": 4153846,
         *               "asOf": "2024-12-31",
         *               "source": "Inferred: 2,700,000 ÷ 65 %"
         *             }
         *           },
         *           "predecessorId": null,
         *           "areaTargets": [
         *             {
         *               "areaCode": "3171",
         *               "workers": 60000
         *             }
         *           ],
         *           "createdAt": "2024-10-23T03:00:00.000Z",
         *           "updatedAt": "2024-10-23T03:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        AgreementPage: {
            /** @description At most `limit` items, sorted by id. */
            items: components["schemas"]["Agreement"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @description Fields to change; figure objects are merged into the stored ones.
         * @example {
         *       "workforce": {
         *         "workers": 5110000,
         *         "source": "BPS Sakernas, Aug 2024",
         *         "asOf": "2024-08-31"
         *       }
         *     }
         */
        AgreementPatch: {
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            title?: string;
            description?: string | null;
            draftedOn?: string | null;
            signedOn?: string | null;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            periodStart?: string;
            /** @description Declared baselines only: a derived one (`predecessorResult`) has no figures to change. */
            baseline?: {
                /**
                 * Format: int32
                 * @description Workers already covered at the baseline date.
                 */
                workers?: number;
                /** @description As published; null if none was. */
                percent?: number | null;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf?: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source?: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            };
            /** @description `countedSegments` may change only while the agreement has no batch. */
            indicator?: {
                /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                name?: string;
                code?: string | null;
                /** @description The segments the agreement counts. A valid in-region record of another segment is classified `outOfScope`: kept, not counted. */
                countedSegments?: ("PU" | "BPU" | "JAKON" | "PMI")[];
            };
            /** @description Replaces the stored list. */
            areaTargets?: {
                /** @description Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175. */
                areaCode: string;
                /**
                 * Format: int32
                 * @description Newly covered workers in the area.
                 */
                workers: number;
            }[];
            target?: {
                /**
                 * Format: int32
                 * @description Workers covered by the target date.
                 */
                workers?: number;
                /** @description As published; null if none was. */
                percent?: number | null;
                /**
                 * Format: date
                 * @description The target date; the agreement’s period ends on it.
                 */
                date?: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source?: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            };
            workforce?: {
                /**
                 * Format: int32
                 * @description The denominator for coverage percentages.
                 */
                workers?: number;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf?: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source?: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            };
            /**
             * @description What the summary’s headline `covered` counts. `reported` (the default): baseline + newlyCovered, the workers the agencies reported and were credited for. `confirmed`: baseline + the workers BPJS’s latest confirmation shows active with a confirmation day (registeredOn, else asOf) within the period — reported by an agency or not; and agency status is then judged on each agency’s confirmed-active workers. Both figures are always in the summary.
             * @enum {string}
             */
            countBasis?: "reported" | "confirmed";
        };
        /**
         * @description The next agreement, made from its predecessor in one step: region, indicator and parties are copied; commitments are not (each party makes its own again).
         * @example {
         *       "year": 2026,
         *       "target": {
         *         "workers": 3000000,
         *         "source": "NKS 2026 as signed"
         *       }
         *     }
         */
        AgreementSuccessor: {
            /**
             * Format: int32
             * @description The year the new agreement runs for; defaults to the current year (WIB).
             */
            year?: number;
            /** @description Defaults to the predecessor’s id with its year replaced (`jakarta-uc-2025` → `jakarta-uc-2026`), or with the year appended. */
            id?: string;
            /** @description Defaults to the predecessor’s title with its year replaced. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            title?: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            description?: string;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            signedOn?: string;
            /**
             * Format: date
             * @description Defaults to 1 January of the year, or the day after the predecessor’s target date if that is later.
             */
            periodStart?: string;
            /**
             * Format: date
             * @description Defaults to 31 December of the year.
             */
            targetDate?: string;
            target: {
                /**
                 * Format: int32
                 * @description Workers covered by the target date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent?: number | null;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            };
            /** @description Defaults to `{ "kind": "predecessorResult" }`: the predecessor’s result at its target date. */
            baseline?: {
                /** @constant */
                kind?: "declared";
                /**
                 * Format: int32
                 * @description Workers already covered at the baseline date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent?: number | null;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            } | {
                /** @constant */
                kind: "predecessorResult";
            };
            /** @description Defaults to the predecessor’s. */
            workforce?: {
                /**
                 * Format: int32
                 * @description The denominator for coverage percentages.
                 */
                workers: number;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note?: string | null;
            };
        };
        /**
         * @example {
         *       "id": "2b9c1d7e-3f4a-4b5c-8d6e-7f8091a2b3c4",
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "dinkes",
         *       "commitmentId": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *       "kind": "projected_miss",
         *       "openedAt": "2024-11-20T17:00:05.000Z",
         *       "details": {
         *         "dueDate": "2024-12-31",
         *         "cumulativeTarget": 25000,
         *         "credited": 14200,
         *         "projected": 19800,
         *         "shortfall": 5200,
         *         "pacePerDay": 133.57,
         *         "requiredPerDay": 259
         *       },
         *       "acknowledgement": null
         *     }
         */
        Alert: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            /** Format: uuid */
            commitmentId: string;
            /**
             * @description `projected_miss`: at its pace over the last 14 days the agency misses the commitment by its due date. `milestone_overdue`: a signed milestone still open after its due date.
             * @enum {string}
             */
            kind: "projected_miss" | "milestone_overdue";
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            openedAt: string;
            /** @description The figures as last evaluated. */
            details: {
                dueDate: string;
                /**
                 * Format: int64
                 * @description Workers to be credited by the due date: this commitment and those due before it.
                 */
                cumulativeTarget?: number;
                /** Format: int64 */
                credited?: number;
                /**
                 * Format: int64
                 * @description Credited on the due date if the pace holds.
                 */
                projected?: number;
                /** Format: int64 */
                shortfall?: number;
                pacePerDay?: number;
                requiredPerDay?: number | null;
            };
            /** @description Who acknowledged it; an acknowledged alert stays open until its condition ends. */
            acknowledgement: {
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                at: string;
                by: string;
                note: string | null;
            } | null;
        };
        /**
         * @example {
         *       "note": "Puskesmas outreach week starts Monday."
         *     }
         */
        AlertAcknowledgement: {
            /** @description What is being done about it. */
            note?: string | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "2b9c1d7e-3f4a-4b5c-8d6e-7f8091a2b3c4",
         *           "agreementId": "jakarta-uc-2024",
         *           "agency": "dinkes",
         *           "commitmentId": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *           "kind": "projected_miss",
         *           "openedAt": "2024-11-20T17:00:05.000Z",
         *           "details": {
         *             "dueDate": "2024-12-31",
         *             "cumulativeTarget": 25000,
         *             "credited": 14200,
         *             "projected": 19800,
         *             "shortfall": 5200,
         *             "pacePerDay": 133.57,
         *             "requiredPerDay": 259
         *           },
         *           "acknowledgement": null
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        AlertPage: {
            /** @description At most `limit` items, oldest first. */
            items: components["schemas"]["Alert"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": 42,
         *       "at": "2024-10-24T02:15:00.000Z",
         *       "actor": {
         *         "sub": "ops@dinkes",
         *         "role": "agency",
         *         "agency": "dinkes"
         *       },
         *       "action": "commitment.sign",
         *       "entityType": "commitment",
         *       "entityId": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *       "requestId": "req-9",
         *       "details": {
         *         "version": 1
         *       }
         *     }
         */
        AuditEntry: {
            /** Format: int64 */
            id: number;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            at: string;
            actor: {
                sub: string;
                /** @enum {string} */
                role: "admin" | "agency" | "viewer";
                agency: string | null;
            };
            /** @description What was done, e.g. `commitment.sign`. */
            action: string;
            entityType: string;
            entityId: string;
            requestId: string;
            details: {
                [key: string]: unknown;
            } | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": 42,
         *           "at": "2024-10-24T02:15:00.000Z",
         *           "actor": {
         *             "sub": "ops@dinkes",
         *             "role": "agency",
         *             "agency": "dinkes"
         *           },
         *           "action": "commitment.sign",
         *           "entityType": "commitment",
         *           "entityId": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *           "requestId": "req-9",
         *           "details": {
         *             "version": 1
         *           }
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        AuditPage: {
            /** @description At most `limit` items, newest first. */
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "ok": false,
         *       "checkedRows": 41,
         *       "chains": [
         *         {
         *           "chain": "agency:dinkes",
         *           "length": 12,
         *           "lastHash": "a3f1…"
         *         }
         *       ],
         *       "unchainedRows": 0,
         *       "brokenCount": 1,
         *       "firstBroken": {
         *         "chain": "agency:dinkes",
         *         "chainSeq": 7,
         *         "id": 33,
         *         "problem": "content-changed"
         *       },
         *       "broken": [
         *         {
         *           "chain": "agency:dinkes",
         *           "chainSeq": 7,
         *           "id": 33,
         *           "problem": "content-changed"
         *         }
         *       ]
         *     }
         */
        AuditVerification: {
            /** @description True when every chain is intact. */
            ok: boolean;
            /** Format: int64 */
            checkedRows: number;
            /** @description Each chain’s head: keep the last hashes elsewhere to detect a rewrite of a whole chain’s end. */
            chains: {
                chain: string;
                /** Format: int64 */
                length: number;
                lastHash: string | null;
            }[];
            /**
             * Format: int64
             * @description Entries written before the chain existed, or stripped of their chain (their chain then shows a gap).
             */
            unchainedRows: number;
            /** Format: int64 */
            brokenCount: number;
            /** @description The earliest broken link (by entry id; missing entries last). */
            firstBroken: {
                /** @description `agency:<code>` for the entries about an agency, `global` for the rest. */
                chain: string;
                /**
                 * Format: int64
                 * @description The position in the chain where it breaks.
                 */
                chainSeq: number;
                /** @description The entry at that position, or null when it is missing. */
                id: number | null;
                /**
                 * @description `content-changed`: the entry no longer matches its hash (edited). `link-broken`: its previous-hash is not the hash of the entry before it. `rows-missing`: positions are missing (entries deleted). `head-mismatch`: the chain does not end where its head says (entries cut from its end).
                 * @enum {string}
                 */
                problem: "content-changed" | "link-broken" | "rows-missing" | "head-mismatch";
            } | null;
            /** @description The first 100 broken links, earliest first. */
            broken: {
                /** @description `agency:<code>` for the entries about an agency, `global` for the rest. */
                chain: string;
                /**
                 * Format: int64
                 * @description The position in the chain where it breaks.
                 */
                chainSeq: number;
                /** @description The entry at that position, or null when it is missing. */
                id: number | null;
                /**
                 * @description `content-changed`: the entry no longer matches its hash (edited). `link-broken`: its previous-hash is not the hash of the entry before it. `rows-missing`: positions are missing (entries deleted). `head-mismatch`: the chain does not end where its head says (entries cut from its end).
                 * @enum {string}
                 */
                problem: "content-changed" | "link-broken" | "rows-missing" | "head-mismatch";
            }[];
        };
        /**
         * @description A posted batch and its report: how each record was classified and how many workers it credits.
         * @example {
         *       "id": "5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10",
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "dinkes",
         *       "commitmentId": null,
         *       "externalRef": "DINKES-2024-11-04-001",
         *       "status": "partially_accepted",
         *       "received": 1010,
         *       "accepted": 990,
         *       "duplicates": {
         *         "inBatch": 2,
         *         "sameAgency": 0,
         *         "otherAgency": 8
         *       },
         *       "outOfRegion": 0,
         *       "outOfScope": 0,
         *       "rejected": 10,
         *       "credited": 990,
         *       "errors": [
         *         {
         *           "index": 17,
         *           "field": "nik",
         *           "code": "nik_birth_date",
         *           "message": "The NIK’s birth date (digits 7–12, day + 40 for women) is not a real date."
         *         }
         *       ],
         *       "errorCounts": {
         *         "nik_birth_date": 1
         *       },
         *       "errorsTruncated": false,
         *       "createdAt": "2024-11-04T03:12:45.000Z",
         *       "void": null
         *     }
         */
        Batch: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            commitmentId: string | null;
            externalRef: string | null;
            /**
             * @description `accepted`: no record rejected; `rejected`: every record rejected; `voided`: withdrawn.
             * @enum {string}
             */
            status: "accepted" | "partially_accepted" | "rejected" | "voided";
            /**
             * Format: int64
             * @description = accepted + duplicates.* + outOfRegion + outOfScope + rejected.
             */
            received: number;
            /**
             * Format: int64
             * @description Workers newly covered and credited to this agency.
             */
            accepted: number;
            duplicates: {
                /**
                 * Format: int64
                 * @description Repeats of an earlier valid record of this batch.
                 */
                inBatch: number;
                /**
                 * Format: int64
                 * @description Already credited to this agency.
                 */
                sameAgency: number;
                /**
                 * Format: int64
                 * @description Already credited to another agency.
                 */
                otherAgency: number;
            };
            /**
             * Format: int64
             * @description Valid, but the NIK is not of the agreement’s province: kept, not counted.
             */
            outOfRegion: number;
            /**
             * Format: int64
             * @description Valid and in region, but of a segment the agreement’s indicator does not count (`indicator.countedSegments`): kept, not counted.
             */
            outOfScope: number;
            /**
             * Format: int64
             * @description Invalid records (see `errors`).
             */
            rejected: number;
            /**
             * Format: int64
             * @description Workers this batch holds credit for now (changes when another batch is voided).
             */
            credited: number;
            /** @description Errors of the first invalid records, at most 1,000 (a record’s errors are listed all or none); `errorCounts` counts every one. */
            errors: {
                /**
                 * Format: int64
                 * @description Position of the record in `records`, from 0.
                 */
                index: number;
                /**
                 * @description The record field at fault (`record` for the record as a whole).
                 * @enum {string}
                 */
                field: "record" | "nik" | "kpj" | "segment" | "programs" | "enrolledOn" | "kota" | "ref";
                /** @enum {string} */
                code: "record_invalid" | "nik_format" | "nik_province" | "nik_regency" | "nik_district" | "nik_birth_date" | "nik_serial" | "segment_unknown" | "segment_mismatch" | "programs_format" | "program_unknown" | "program_not_allowed" | "programs_missing_mandatory" | "enrolled_on_format" | "enrolled_on_future" | "enrolled_on_before_period" | "enrolled_on_after_period" | "enrolled_on_period_closed" | "kota_format" | "invalid_characters" | "kpj_format" | "ref_format";
                message: string;
            }[];
            /** @description Every record error, listed or not, counted by code. */
            errorCounts: {
                [key: string]: number;
            };
            /** @description True when some errors are counted in `errorCounts` but not listed in `errors`. */
            errorsTruncated: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            void: {
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                at: string;
                by: string;
                reason: string;
            } | null;
        };
        /**
         * @example {
         *       "agency": "dinkes",
         *       "externalRef": "DINKES-2024-11-04-001",
         *       "records": [
         *         {
         *           "nik": "3171014501900001",
         *           "segment": "PU",
         *           "programs": [
         *             "JKK",
         *             "JKM",
         *             "JHT",
         *             "JP"
         *           ],
         *           "enrolledOn": "2024-11-04"
         *         },
         *         {
         *           "nik": "3174052309850003",
         *           "segment": "BPU",
         *           "programs": [
         *             "JKK",
         *             "JKM"
         *           ],
         *           "enrolledOn": "2024-11-04",
         *           "kota": "Jakarta Selatan"
         *         }
         *       ]
         *     }
         */
        BatchCreate: {
            /** @description The reporting agency; defaults to the token’s agency, required for admin. */
            agency?: string;
            /**
             * Format: uuid
             * @description An enrollment commitment of the same agency under this agreement.
             */
            commitmentId?: string;
            /** @description The agency’s own id for the batch. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            externalRef?: string;
            /** @description Each an `EnrollmentRecord`. A record of any other shape is not refused: it is reported in the answer’s `errors` (by index, field and code) and the rest of the batch is taken. */
            records: (components["schemas"]["EnrollmentRecord"] | unknown)[];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10",
         *           "agreementId": "jakarta-uc-2024",
         *           "agency": "dinkes",
         *           "commitmentId": null,
         *           "externalRef": "DINKES-2024-11-04-001",
         *           "status": "partially_accepted",
         *           "received": 1010,
         *           "accepted": 990,
         *           "duplicates": {
         *             "inBatch": 2,
         *             "sameAgency": 0,
         *             "otherAgency": 8
         *           },
         *           "outOfRegion": 0,
         *           "outOfScope": 0,
         *           "rejected": 10,
         *           "credited": 990,
         *           "errorCounts": {
         *             "nik_birth_date": 1
         *           },
         *           "createdAt": "2024-11-04T03:12:45.000Z",
         *           "void": null,
         *           "errorCount": 1
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        BatchPage: {
            /** @description At most `limit` items, newest first. */
            items: components["schemas"]["BatchSummary"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10",
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "dinkes",
         *       "commitmentId": null,
         *       "externalRef": "DINKES-2024-11-04-001",
         *       "status": "partially_accepted",
         *       "received": 1010,
         *       "accepted": 990,
         *       "duplicates": {
         *         "inBatch": 2,
         *         "sameAgency": 0,
         *         "otherAgency": 8
         *       },
         *       "outOfRegion": 0,
         *       "outOfScope": 0,
         *       "rejected": 10,
         *       "credited": 990,
         *       "errorCounts": {
         *         "nik_birth_date": 1
         *       },
         *       "createdAt": "2024-11-04T03:12:45.000Z",
         *       "void": null,
         *       "errorCount": 1
         *     }
         */
        BatchSummary: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            commitmentId: string | null;
            externalRef: string | null;
            /**
             * @description `accepted`: no record rejected; `rejected`: every record rejected; `voided`: withdrawn.
             * @enum {string}
             */
            status: "accepted" | "partially_accepted" | "rejected" | "voided";
            /**
             * Format: int64
             * @description = accepted + duplicates.* + outOfRegion + outOfScope + rejected.
             */
            received: number;
            /**
             * Format: int64
             * @description Workers newly covered and credited to this agency.
             */
            accepted: number;
            duplicates: {
                /**
                 * Format: int64
                 * @description Repeats of an earlier valid record of this batch.
                 */
                inBatch: number;
                /**
                 * Format: int64
                 * @description Already credited to this agency.
                 */
                sameAgency: number;
                /**
                 * Format: int64
                 * @description Already credited to another agency.
                 */
                otherAgency: number;
            };
            /**
             * Format: int64
             * @description Valid, but the NIK is not of the agreement’s province: kept, not counted.
             */
            outOfRegion: number;
            /**
             * Format: int64
             * @description Valid and in region, but of a segment the agreement’s indicator does not count (`indicator.countedSegments`): kept, not counted.
             */
            outOfScope: number;
            /**
             * Format: int64
             * @description Invalid records (see `errors`).
             */
            rejected: number;
            /**
             * Format: int64
             * @description Workers this batch holds credit for now (changes when another batch is voided).
             */
            credited: number;
            /** @description Every record error, listed or not, counted by code. */
            errorCounts: {
                [key: string]: number;
            };
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            void: {
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                at: string;
                by: string;
                reason: string;
            } | null;
            /**
             * Format: int64
             * @description Number of record errors; the first are listed in the batch itself.
             */
            errorCount: number;
        };
        /**
         * @description What a batch’s records are worth before it is posted: validity only. It never says whether a worker is already covered, or by whom — only a real, audited post does.
         * @example {
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "dinkes",
         *       "commitmentId": null,
         *       "externalRef": "DINKES-2024-11-04-001",
         *       "received": 1010,
         *       "rejected": 10,
         *       "inBatch": 2,
         *       "outOfRegion": 0,
         *       "outOfScope": 0,
         *       "toBeChecked": 998,
         *       "errors": [
         *         {
         *           "index": 17,
         *           "field": "nik",
         *           "code": "nik_birth_date",
         *           "message": "The NIK’s birth date (digits 7–12, day + 40 for women) is not a real date."
         *         }
         *       ],
         *       "errorCounts": {
         *         "nik_birth_date": 1
         *       },
         *       "errorsTruncated": false
         *     }
         */
        BatchValidation: {
            agreementId: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            commitmentId: string | null;
            externalRef: string | null;
            /**
             * Format: int64
             * @description = rejected + inBatch + outOfRegion + outOfScope + toBeChecked.
             */
            received: number;
            /**
             * Format: int64
             * @description Invalid records (see `errors`).
             */
            rejected: number;
            /**
             * Format: int64
             * @description Valid repeats of an earlier valid record of this batch.
             */
            inBatch: number;
            /**
             * Format: int64
             * @description Valid, but the NIK is not of the agreement’s province: would be kept, not counted.
             */
            outOfRegion: number;
            /**
             * Format: int64
             * @description Valid and in region, but of a segment the agreement does not count: would be kept, not counted.
             */
            outOfScope: number;
            /**
             * Format: int64
             * @description Valid in-region workers of a counted segment: a real post would check each against current coverage (new, or a duplicate).
             */
            toBeChecked: number;
            /** @description Errors of the first invalid records, at most 1,000 (a record’s errors are listed all or none); `errorCounts` counts every one. */
            errors: {
                /**
                 * Format: int64
                 * @description Position of the record in `records`, from 0.
                 */
                index: number;
                /**
                 * @description The record field at fault (`record` for the record as a whole).
                 * @enum {string}
                 */
                field: "record" | "nik" | "kpj" | "segment" | "programs" | "enrolledOn" | "kota" | "ref";
                /** @enum {string} */
                code: "record_invalid" | "nik_format" | "nik_province" | "nik_regency" | "nik_district" | "nik_birth_date" | "nik_serial" | "segment_unknown" | "segment_mismatch" | "programs_format" | "program_unknown" | "program_not_allowed" | "programs_missing_mandatory" | "enrolled_on_format" | "enrolled_on_future" | "enrolled_on_before_period" | "enrolled_on_after_period" | "enrolled_on_period_closed" | "kota_format" | "invalid_characters" | "kpj_format" | "ref_format";
                message: string;
            }[];
            /** @description Every record error, listed or not, counted by code. */
            errorCounts: {
                [key: string]: number;
            };
            /** @description True when some errors are counted in `errorCounts` but not listed in `errors`. */
            errorsTruncated: boolean;
        };
        /**
         * @example {
         *       "reason": "Sent the October roster twice under a new externalRef."
         *     }
         */
        BatchVoid: {
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            reason: string;
        };
        /**
         * @example {
         *       "id": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "dinkes",
         *       "kind": "enrollment",
         *       "title": "Enroll non-ASN health workers in JKK and JKM",
         *       "description": "Contract staff of puskesmas and RSUD.",
         *       "targetWorkers": 25000,
         *       "amountRupiah": null,
         *       "fundedWorkers": null,
         *       "areaTargets": [
         *         {
         *           "areaCode": "3171",
         *           "workers": 5000
         *         }
         *       ],
         *       "segment": "PU",
         *       "dueDate": "2024-12-31",
         *       "status": "active",
         *       "milestoneStatus": null,
         *       "evidenceRef": null,
         *       "signature": {
         *         "signatoryName": "dr. Ani Ruspitawati",
         *         "signatoryTitle": "Kepala Dinas Kesehatan",
         *         "signedOn": "2024-10-30"
         *       },
         *       "version": 1,
         *       "createdBy": "ops@dinkes",
         *       "createdAt": "2024-10-24T02:00:00.000Z",
         *       "updatedAt": "2024-10-30T05:00:00.000Z"
         *     }
         */
        Commitment: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            /**
             * @description `enrollment`: a number of newly covered workers by a date. `milestone`: a deliverable, e.g. a governor’s regulation. `budget`: rupiah from the agency’s budget (e.g. contributions for vulnerable informal workers) for a number of workers by a date.
             * @enum {string}
             */
            kind: "enrollment" | "milestone" | "budget";
            title: string;
            description: string | null;
            /** @description Enrollment commitments: newly covered workers promised. */
            targetWorkers: number | null;
            /** @description Budget commitments: whole rupiah committed. */
            amountRupiah: number | null;
            /** @description Budget commitments: workers the amount funds. */
            fundedWorkers: number | null;
            /** @description Enrollment commitments: part of the target per area (may be empty). */
            areaTargets: {
                /** @description Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175. */
                areaCode: string;
                /**
                 * Format: int32
                 * @description Newly covered workers in the area.
                 */
                workers: number;
            }[];
            /** @description Enrollment commitments: the segment counted, or null for all. */
            segment: ("PU" | "BPU" | "JAKON" | "PMI") | null;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            dueDate: string;
            /**
             * @description `draft` until signed; `active` once signed. Amending the terms of an active commitment returns it to `draft`.
             * @enum {string}
             */
            status: "draft" | "active";
            milestoneStatus: ("open" | "done") | null;
            evidenceRef: string | null;
            signature: {
                /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                signatoryName: string;
                /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                signatoryTitle: string;
                /**
                 * Format: date
                 * @description Not after today (WIB).
                 */
                signedOn: string;
            } | null;
            /**
             * Format: int64
             * @description Increases with every amendment; sent as the `ETag`.
             */
            version: number;
            createdBy: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "agency": "dinkes",
         *       "kind": "enrollment",
         *       "title": "Enroll non-ASN health workers in JKK and JKM",
         *       "targetWorkers": 25000,
         *       "segment": "PU",
         *       "dueDate": "2024-12-31"
         *     }
         * @example {
         *       "agency": "disnakertransgi",
         *       "kind": "milestone",
         *       "title": "Draft Pergub on universal coverage of Jamsostek",
         *       "dueDate": "2024-12-15"
         *     }
         * @example {
         *       "agency": "dinsos",
         *       "kind": "budget",
         *       "title": "APBD contributions for vulnerable informal workers",
         *       "amountRupiah": 20160000000,
         *       "fundedWorkers": 100000,
         *       "dueDate": "2025-12-31"
         *     }
         */
        CommitmentCreate: {
            /** @description The committing agency; defaults to the caller’s own for an agency token. */
            agency?: string;
            /** @constant */
            kind: "enrollment";
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            title: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            description?: string;
            /** Format: int32 */
            targetWorkers: number;
            /**
             * @description `PU` wage earners, `BPU` informal/self-employed, `JAKON` construction project workers, `PMI` migrant workers.
             * @enum {string}
             */
            segment?: "PU" | "BPU" | "JAKON" | "PMI";
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            dueDate: string;
            /** @description Targets of newly covered workers per area (regency/city code of the NIK, validated against the agreement’s region). */
            areaTargets?: {
                /** @description Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175. */
                areaCode: string;
                /**
                 * Format: int32
                 * @description Newly covered workers in the area.
                 */
                workers: number;
            }[];
        } | {
            /** @description The committing agency; defaults to the caller’s own for an agency token. */
            agency?: string;
            /** @constant */
            kind: "budget";
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            title: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            description?: string;
            /**
             * Format: int64
             * @description Whole rupiah (no fractions), at most 1,000,000,000,000.
             */
            amountRupiah: number;
            /**
             * Format: int32
             * @description Workers whose contributions the amount pays.
             */
            fundedWorkers: number;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            dueDate: string;
        } | {
            /** @description The committing agency; defaults to the caller’s own for an agency token. */
            agency?: string;
            /** @constant */
            kind: "milestone";
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            title: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            description?: string;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            dueDate: string;
            /**
             * @description Milestones only: `done` requires `evidenceRef`.
             * @default open
             * @enum {string}
             */
            milestoneStatus: "open" | "done";
            /** @description Where the deliverable can be checked, e.g. a Pergub number. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            evidenceRef?: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "version": 1,
         *           "commitment": {
         *             "id": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *             "agreementId": "jakarta-uc-2024",
         *             "agency": "dinkes",
         *             "kind": "enrollment",
         *             "title": "Enroll non-ASN health workers in JKK and JKM",
         *             "description": "Contract staff of puskesmas and RSUD.",
         *             "targetWorkers": 25000,
         *             "amountRupiah": null,
         *             "fundedWorkers": null,
         *             "areaTargets": [
         *               {
         *                 "areaCode": "3171",
         *                 "workers": 5000
         *               }
         *             ],
         *             "segment": "PU",
         *             "dueDate": "2024-12-31",
         *             "status": "active",
         *             "milestoneStatus": null,
         *             "evidenceRef": null,
         *             "signature": {
         *               "signatoryName": "dr. Ani Ruspitawati",
         *               "signatoryTitle": "Kepala Dinas Kesehatan",
         *               "signedOn": "2024-10-30"
         *             },
         *             "version": 1,
         *             "createdBy": "ops@dinkes",
         *             "createdAt": "2024-10-24T02:00:00.000Z",
         *             "updatedAt": "2024-10-30T05:00:00.000Z"
         *           },
         *           "supersededAt": "2024-11-02T04:00:00.000Z",
         *           "supersededBy": "ops@dinkes"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        CommitmentHistory: {
            /** @description At most `limit` items, newest version first. */
            items: components["schemas"]["CommitmentVersion"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *           "agreementId": "jakarta-uc-2024",
         *           "agency": "dinkes",
         *           "kind": "enrollment",
         *           "title": "Enroll non-ASN health workers in JKK and JKM",
         *           "description": "Contract staff of puskesmas and RSUD.",
         *           "targetWorkers": 25000,
         *           "amountRupiah": null,
         *           "fundedWorkers": null,
         *           "areaTargets": [
         *             {
         *               "areaCode": "3171",
         *               "workers": 5000
         *             }
         *           ],
         *           "segment": "PU",
         *           "dueDate": "2024-12-31",
         *           "status": "active",
         *           "milestoneStatus": null,
         *           "evidenceRef": null,
         *           "signature": {
         *             "signatoryName": "dr. Ani Ruspitawati",
         *             "signatoryTitle": "Kepala Dinas Kesehatan",
         *             "signedOn": "2024-10-30"
         *           },
         *           "version": 1,
         *           "createdBy": "ops@dinkes",
         *           "createdAt": "2024-10-24T02:00:00.000Z",
         *           "updatedAt": "2024-10-30T05:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        CommitmentPage: {
            /** @description At most `limit` items, by due date, then id. */
            items: components["schemas"]["Commitment"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @description Changing the terms (title, description, targetWorkers, segment, areaTargets, amountRupiah, fundedWorkers, dueDate) of an active commitment returns it to `draft` until it is signed again; reporting a milestone’s progress (milestoneStatus, evidenceRef) does not. The previous version is kept in the history.
         * @example {
         *       "targetWorkers": 30000
         *     }
         * @example {
         *       "milestoneStatus": "done",
         *       "evidenceRef": "Pergub DKI No. 12 Tahun 2024"
         *     }
         */
        CommitmentPatch: {
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            title?: string;
            description?: string | null;
            /**
             * Format: int32
             * @description Enrollment commitments only.
             */
            targetWorkers?: number;
            /** @description Enrollment commitments only. */
            segment?: ("PU" | "BPU" | "JAKON" | "PMI") | null;
            /** @description Enrollment commitments only; replaces the stored list. */
            areaTargets?: {
                /** @description Regency/city code of the NIK: for DKI Jakarta 3101 or 3171–3175. */
                areaCode: string;
                /**
                 * Format: int32
                 * @description Newly covered workers in the area.
                 */
                workers: number;
            }[];
            /**
             * Format: int64
             * @description Budget commitments only.
             */
            amountRupiah?: number;
            /**
             * Format: int32
             * @description Budget commitments only.
             */
            fundedWorkers?: number;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            dueDate?: string;
            /**
             * @description Milestones only; does not need a new signature.
             * @enum {string}
             */
            milestoneStatus?: "open" | "done";
            /** @description Milestones only; does not need a new signature. */
            evidenceRef?: string | null;
        };
        /**
         * @example {
         *       "signatoryName": "dr. Ani Ruspitawati",
         *       "signatoryTitle": "Kepala Dinas Kesehatan",
         *       "signedOn": "2024-10-30"
         *     }
         */
        CommitmentSignature: {
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            signatoryName: string;
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            signatoryTitle: string;
            /**
             * Format: date
             * @description Not after today (WIB).
             */
            signedOn: string;
        };
        CommitmentVersion: {
            /** Format: int64 */
            version: number;
            commitment: components["schemas"]["Commitment"];
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            supersededAt: string;
            /** @description `sub` of whoever amended it. */
            supersededBy: string;
        };
        /**
         * @description A posted confirmation batch. It reports validity and statuses only: never how many of its workers a dinas reported, nor which.
         * @example {
         *       "id": "0b4f6b55-7a0e-4f59-8d5c-3c1d8e0f2a11",
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "bpjstk-dki",
         *       "externalRef": "BPJSTK-DKI-2024-11-30",
         *       "status": "accepted",
         *       "asOf": "2024-11-30",
         *       "received": 2,
         *       "accepted": 2,
         *       "inBatch": 0,
         *       "outOfRegion": 0,
         *       "rejected": 0,
         *       "byStatus": {
         *         "active": 1,
         *         "inactive": 0,
         *         "notFound": 1
         *       },
         *       "errors": [],
         *       "errorCounts": {},
         *       "errorsTruncated": false,
         *       "createdAt": "2024-12-01T03:00:00.000Z",
         *       "void": null
         *     }
         */
        ConfirmationBatch: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** @description The agreement’s counterpart (BPJS), for whom it was posted. */
            agency: string;
            externalRef: string | null;
            /** @enum {string} */
            status: "accepted" | "partially_accepted" | "rejected" | "voided";
            /** @description The latest register date among its valid records. */
            asOf: string | null;
            /**
             * Format: int64
             * @description = accepted + inBatch + outOfRegion + rejected.
             */
            received: number;
            /**
             * Format: int64
             * @description Valid in-region records, one per worker: each labels its worker if it is the worker’s latest confirmation.
             */
            accepted: number;
            /**
             * Format: int64
             * @description Valid repeats of an earlier valid record of the batch (the first one counts).
             */
            inBatch: number;
            /**
             * Format: int64
             * @description Valid, but the NIK is not of the agreement’s province: kept, and ignored for this agreement’s figures.
             */
            outOfRegion: number;
            /**
             * Format: int64
             * @description Invalid records (see `errors`).
             */
            rejected: number;
            /** @description The accepted records by status. */
            byStatus: {
                /** Format: int64 */
                active: number;
                /** Format: int64 */
                inactive: number;
                /** Format: int64 */
                notFound: number;
            };
            /** @description Errors of the first invalid records, at most 1,000; `errorCounts` counts every one. */
            errors: {
                /**
                 * Format: int64
                 * @description Position of the record in `records`, from 0.
                 */
                index: number;
                /** @enum {string} */
                field: "record" | "nik" | "status" | "asOf" | "registeredOn" | "segment" | "programs" | "kpj";
                /** @enum {string} */
                code: "record_invalid" | "nik_format" | "nik_province" | "nik_regency" | "nik_district" | "nik_birth_date" | "nik_serial" | "status_unknown" | "as_of_format" | "as_of_future" | "registered_on_format" | "registered_on_after_as_of" | "segment_unknown" | "programs_format" | "program_unknown" | "program_not_allowed" | "programs_missing_mandatory" | "kpj_format";
                message: string;
            }[];
            /** @description Every record error, listed or not, counted by code. */
            errorCounts: {
                [key: string]: number;
            };
            errorsTruncated: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            void: {
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                at: string;
                by: string;
                reason: string;
            } | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "0b4f6b55-7a0e-4f59-8d5c-3c1d8e0f2a11",
         *           "agreementId": "jakarta-uc-2024",
         *           "agency": "bpjstk-dki",
         *           "externalRef": "BPJSTK-DKI-2024-11-30",
         *           "status": "accepted",
         *           "asOf": "2024-11-30",
         *           "received": 2,
         *           "accepted": 2,
         *           "inBatch": 0,
         *           "outOfRegion": 0,
         *           "rejected": 0,
         *           "byStatus": {
         *             "active": 1,
         *             "inactive": 0,
         *             "notFound": 1
         *           },
         *           "errorCounts": {},
         *           "createdAt": "2024-12-01T03:00:00.000Z",
         *           "void": null
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        ConfirmationBatchPage: {
            /** @description At most `limit` items, newest first. */
            items: components["schemas"]["ConfirmationBatchSummary"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "0b4f6b55-7a0e-4f59-8d5c-3c1d8e0f2a11",
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "bpjstk-dki",
         *       "externalRef": "BPJSTK-DKI-2024-11-30",
         *       "status": "accepted",
         *       "asOf": "2024-11-30",
         *       "received": 2,
         *       "accepted": 2,
         *       "inBatch": 0,
         *       "outOfRegion": 0,
         *       "rejected": 0,
         *       "byStatus": {
         *         "active": 1,
         *         "inactive": 0,
         *         "notFound": 1
         *       },
         *       "errorCounts": {},
         *       "createdAt": "2024-12-01T03:00:00.000Z",
         *       "void": null
         *     }
         */
        ConfirmationBatchSummary: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** @description The agreement’s counterpart (BPJS), for whom it was posted. */
            agency: string;
            externalRef: string | null;
            /** @enum {string} */
            status: "accepted" | "partially_accepted" | "rejected" | "voided";
            /** @description The latest register date among its valid records. */
            asOf: string | null;
            /**
             * Format: int64
             * @description = accepted + inBatch + outOfRegion + rejected.
             */
            received: number;
            /**
             * Format: int64
             * @description Valid in-region records, one per worker: each labels its worker if it is the worker’s latest confirmation.
             */
            accepted: number;
            /**
             * Format: int64
             * @description Valid repeats of an earlier valid record of the batch (the first one counts).
             */
            inBatch: number;
            /**
             * Format: int64
             * @description Valid, but the NIK is not of the agreement’s province: kept, and ignored for this agreement’s figures.
             */
            outOfRegion: number;
            /**
             * Format: int64
             * @description Invalid records (see `errors`).
             */
            rejected: number;
            /** @description The accepted records by status. */
            byStatus: {
                /** Format: int64 */
                active: number;
                /** Format: int64 */
                inactive: number;
                /** Format: int64 */
                notFound: number;
            };
            /** @description Every record error, listed or not, counted by code. */
            errorCounts: {
                [key: string]: number;
            };
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            void: {
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                at: string;
                by: string;
                reason: string;
            } | null;
        };
        /**
         * @example {
         *       "externalRef": "BPJSTK-DKI-2024-11-30",
         *       "records": [
         *         {
         *           "nik": "3171014501900001",
         *           "status": "active",
         *           "asOf": "2024-11-30",
         *           "registeredOn": "2024-11-04"
         *         },
         *         {
         *           "nik": "3174052309850003",
         *           "status": "not_found",
         *           "asOf": "2024-11-30"
         *         }
         *       ]
         *     }
         */
        ConfirmationCreate: {
            /** @description BPJS’s own id for the extract (or this part of it). Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            externalRef?: string;
            /** @description Each a `ConfirmationRecord`; a record of any other shape is reported in the answer’s `errors` and the rest is taken. */
            records: (components["schemas"]["ConfirmationRecord"] | unknown)[];
        };
        /**
         * @description One participant as BPJS’s register shows it. Checked on its own; a bad record is reported by index and the others go ahead. Error codes:
         *     - `record_invalid`: The record is not a JSON object.
         *     - `nik_format`: nik is not exactly 16 digits (send it as a string).
         *     - `nik_province`: The NIK’s province code (digits 1–2) is not one of the 38 provinces.
         *     - `nik_regency`: The NIK’s regency code (digits 3–4) is not valid for DKI Jakarta (01, 71–75).
         *     - `nik_district`: The NIK’s district code (digits 5–6) is 00.
         *     - `nik_birth_date`: The NIK’s birth date (digits 7–12, day + 40 for women) is not a real date.
         *     - `nik_serial`: The NIK’s serial (digits 13–16) is 0000.
         *     - `status_unknown`: status is missing or not one of active, inactive, not_found.
         *     - `as_of_format`: asOf is missing or not a real YYYY-MM-DD date from 1900-01-01.
         *     - `as_of_future`: asOf is after today (Asia/Jakarta).
         *     - `registered_on_format`: registeredOn is not a real YYYY-MM-DD date from 1900-01-01.
         *     - `registered_on_after_as_of`: registeredOn is after asOf.
         *     - `segment_unknown`: segment is not one of PU, BPU, JAKON, PMI.
         *     - `programs_format`: programs is missing or not an array of program codes.
         *     - `program_unknown`: A program is not one of JKK, JKM, JHT, JP, JKP.
         *     - `program_not_allowed`: A program is not available to the record’s segment (BPU/PMI: no JP or JKP; JAKON: JKK and JKM only).
         *     - `programs_missing_mandatory`: JKK and JKM are both required.
         *     - `kpj_format`: kpj is not 8–16 digits.
         * @example {
         *       "nik": "3171014501900001",
         *       "status": "active",
         *       "asOf": "2024-11-30",
         *       "registeredOn": "2024-11-04",
         *       "segment": "PU"
         *     }
         */
        ConfirmationRecord: {
            /** @description The participant’s NIK, 16 digits as a string. Stored only as the same keyed hash as enrollments; never returned. */
            nik: string;
            /**
             * @description `active`: a paying participant in BPJS’s register; `inactive`: registered, not active (e.g. stopped paying); `not_found`: not in the register.
             * @enum {string}
             */
            status: "active" | "inactive" | "not_found";
            /**
             * Format: date
             * @description The date of the register extract; not after today (WIB).
             */
            asOf: string;
            /**
             * Format: date
             * @description When BPJS registered the participation; not after asOf. The confirmed series counts an active worker on this day (else on asOf).
             */
            registeredOn?: string;
            /** @enum {string} */
            segment?: "PU" | "BPU" | "JAKON" | "PMI";
            /** @description As for an enrollment record: JKK and JKM, and what the segment allows. */
            programs?: ("JKK" | "JKM" | "JHT" | "JP" | "JKP")[];
            /** @description KPJ membership number (checked, not stored). */
            kpj?: string;
        };
        /** @description A dry run: the batch checked, nothing written. */
        ConfirmationValidation: {
            agreementId: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            externalRef: string | null;
            /**
             * Format: int64
             * @description = accepted + inBatch + outOfRegion + rejected.
             */
            received: number;
            /**
             * Format: int64
             * @description Valid in-region records, one per worker: each labels its worker if it is the worker’s latest confirmation.
             */
            accepted: number;
            /**
             * Format: int64
             * @description Valid repeats of an earlier valid record of the batch (the first one counts).
             */
            inBatch: number;
            /**
             * Format: int64
             * @description Valid, but the NIK is not of the agreement’s province: kept, and ignored for this agreement’s figures.
             */
            outOfRegion: number;
            /**
             * Format: int64
             * @description Invalid records (see `errors`).
             */
            rejected: number;
            /** @description The accepted records by status. */
            byStatus: {
                /** Format: int64 */
                active: number;
                /** Format: int64 */
                inactive: number;
                /** Format: int64 */
                notFound: number;
            };
            /** @description Errors of the first invalid records, at most 1,000; `errorCounts` counts every one. */
            errors: {
                /**
                 * Format: int64
                 * @description Position of the record in `records`, from 0.
                 */
                index: number;
                /** @enum {string} */
                field: "record" | "nik" | "status" | "asOf" | "registeredOn" | "segment" | "programs" | "kpj";
                /** @enum {string} */
                code: "record_invalid" | "nik_format" | "nik_province" | "nik_regency" | "nik_district" | "nik_birth_date" | "nik_serial" | "status_unknown" | "as_of_format" | "as_of_future" | "registered_on_format" | "registered_on_after_as_of" | "segment_unknown" | "programs_format" | "program_unknown" | "program_not_allowed" | "programs_missing_mandatory" | "kpj_format";
                message: string;
            }[];
            /** @description Every record error, listed or not, counted by code. */
            errorCounts: {
                [key: string]: number;
            };
            errorsTruncated: boolean;
        };
        /**
         * @example {
         *       "reason": "The November extract was posted twice."
         *     }
         */
        ConfirmationVoid: {
            /** @description Why the batch is withdrawn (audited). Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            reason: string;
        };
        /**
         * @description A newly protected worker. Each record is checked on its own; a bad record is reported in `errors` by its index and the others go ahead. Error codes:
         *     - `record_invalid`: The record is not a JSON object.
         *     - `nik_format`: nik is not exactly 16 digits (send it as a string).
         *     - `nik_province`: The NIK’s province code (digits 1–2) is not one of the 38 provinces.
         *     - `nik_regency`: The NIK’s regency code (digits 3–4) is not valid for DKI Jakarta (01, 71–75).
         *     - `nik_district`: The NIK’s district code (digits 5–6) is 00.
         *     - `nik_birth_date`: The NIK’s birth date (digits 7–12, day + 40 for women) is not a real date.
         *     - `nik_serial`: The NIK’s serial (digits 13–16) is 0000.
         *     - `segment_unknown`: segment is missing or not one of PU, BPU, JAKON, PMI.
         *     - `segment_mismatch`: segment differs from the segment of the batch’s commitment.
         *     - `programs_format`: programs is missing or not an array of program codes.
         *     - `program_unknown`: A program is not one of JKK, JKM, JHT, JP, JKP.
         *     - `program_not_allowed`: A program is not available to the record’s segment (BPU/PMI: no JP or JKP; JAKON: JKK and JKM only).
         *     - `programs_missing_mandatory`: JKK and JKM are both required.
         *     - `enrolled_on_format`: enrolledOn is missing or not a real YYYY-MM-DD date.
         *     - `enrolled_on_future`: enrolledOn is after today (Asia/Jakarta).
         *     - `enrolled_on_before_period`: enrolledOn is before the agreement’s period starts.
         *     - `enrolled_on_after_period`: enrolledOn is after the agreement’s target date.
         *     - `enrolled_on_period_closed`: enrolledOn falls in a reporting period that is closed: its figures are frozen (an admin may reopen it).
         *     - `kota_format`: kota is not a string of 1–100 characters without a number of 16 or more digits (in any script or with separators).
         *     - `invalid_characters`: A text field holds a character that cannot be stored: U+0000 (NUL) or an unpaired surrogate.
         *     - `kpj_format`: kpj is not 8–16 digits.
         *     - `ref_format`: ref is not a string of 1–100 characters without a number of 16 or more digits (in any script or with separators).
         * @example {
         *       "nik": "3171014501900001",
         *       "segment": "PU",
         *       "programs": [
         *         "JKK",
         *         "JKM",
         *         "JHT",
         *         "JP"
         *       ],
         *       "enrolledOn": "2024-11-04",
         *       "kota": "Jakarta Pusat"
         *     }
         */
        EnrollmentRecord: {
            /** @description The worker’s NIK, 16 digits as a string. Stored only as a keyed hash; never returned. */
            nik: string;
            /** @enum {string} */
            segment: "PU" | "BPU" | "JAKON" | "PMI";
            /** @description Must include JKK and JKM. BPU and PMI: no JP or JKP. JAKON: JKK and JKM only. */
            programs: ("JKK" | "JKM" | "JHT" | "JP" | "JKP")[];
            /**
             * Format: date
             * @description Date of enrollment; within the agreement’s period and not after today (WIB).
             */
            enrolledOn: string;
            /** @description Domicile city, as the agency records it (optional). */
            kota?: string;
            /** @description The agency’s own reference for the record (optional; free text, never a NIK): stored, and shown only to this agency, in its list of workers BPJS has not confirmed active. */
            ref?: string;
            /** @description KPJ membership number (optional; checked, not stored). */
            kpj?: string;
        };
        /**
         * @example {
         *       "status": "ok",
         *       "database": "postgres"
         *     }
         */
        Health: {
            /** @constant */
            status: "ok";
            /** @enum {string} */
            database?: "postgres" | "pglite";
        };
        /**
         * @description A spreadsheet import and its progress. Codes of the error file:
         *     - `nik_numeric`: The NIK is stored as a number, so its last digit is lost (Excel keeps 15 digits). Format the nik column as Text, type the NIK again and upload again.
         *     - `record_invalid`: The row cannot be read.
         *     - `nik_format`: The NIK must be exactly 16 digits.
         *     - `nik_province`: The NIK’s province code (digits 1–2) is unknown.
         *     - `nik_regency`: The NIK’s regency code (digits 3–4) is not valid for DKI Jakarta (01, 71–75).
         *     - `nik_district`: The NIK’s district code (digits 5–6) must not be 00.
         *     - `nik_birth_date`: The birth date in the NIK (digits 7–12; women: day + 40) is not a real date.
         *     - `nik_serial`: The NIK’s serial (digits 13–16) must not be 0000.
         *     - `segment_unknown`: The segment is empty or not PU, BPU, JAKON or PMI.
         *     - `segment_mismatch`: The segment differs from the segment of the commitment chosen for this import.
         *     - `programs_format`: No program is given.
         *     - `program_unknown`: A program is not one of JKK, JKM, JHT, JP, JKP.
         *     - `program_not_allowed`: A program is not available to the segment (BPU/PMI: no JP or JKP; JAKON: JKK and JKM only).
         *     - `programs_missing_mandatory`: JKK and JKM are both required.
         *     - `enrolled_on_format`: The enrollment date is empty or not recognised (use an Excel date, dd/mm/yyyy or yyyy-mm-dd).
         *     - `enrolled_on_future`: The enrollment date is after today (WIB).
         *     - `enrolled_on_before_period`: The enrollment date is before the agreement’s period starts.
         *     - `enrolled_on_after_period`: The enrollment date is after the agreement’s target date.
         *     - `enrolled_on_period_closed`: The enrollment date falls in a reporting period that is closed; its figures are frozen (an admin may reopen it).
         *     - `kota_format`: The kota must be text of 1–100 characters without a 16-digit number.
         *     - `kpj_format`: The KPJ must be 8–16 digits.
         *     - `ref_format`: The ref must be text of 1–100 characters without a 16-digit number.
         *     - `status_unknown`: The status is empty or not active, inactive or not found.
         *     - `as_of_format`: The extract date is empty or not a real date.
         *     - `as_of_future`: The extract date is after today.
         *     - `registered_on_format`: The registration date is not a real date.
         *     - `registered_on_after_as_of`: The registration date is after the extract date.
         *     - `invalid_characters`: A text cell holds a character that cannot be stored (NUL or an unpaired surrogate).
         * @example {
         *       "id": "0b7e0c1e-7d8f-4a57-9d4c-5c3e3b8d2a10",
         *       "agreementId": "jakarta-uc-2024",
         *       "agency": "dinkes",
         *       "kind": "enrollment",
         *       "commitmentId": null,
         *       "dryRun": false,
         *       "format": "xlsx",
         *       "status": "running",
         *       "error": null,
         *       "fileBytes": 812344,
         *       "rows": {
         *         "read": 10000,
         *         "total": 20000
         *       },
         *       "percent": 50,
         *       "rowsPerSecond": 8400,
         *       "counts": {
         *         "received": 10000,
         *         "accepted": 9610,
         *         "duplicates": {
         *           "inBatch": 12,
         *           "sameAgency": 0,
         *           "otherAgency": 301
         *         },
         *         "outOfRegion": 40,
         *         "outOfScope": 0,
         *         "rejected": 37
         *       },
         *       "errorCount": 37,
         *       "batches": [
         *         "5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10",
         *         "8a0c9a51-5f7e-4f44-a1a2-0ac8f3f0b7c2"
         *       ],
         *       "createdAt": "2024-11-04T03:12:40.000Z",
         *       "startedAt": "2024-11-04T03:12:41.000Z",
         *       "finishedAt": null
         *     }
         */
        Import: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            /**
             * @description `enrollment` (the default): a dinas’s list of newly protected workers, posted as enrollment batches; `confirmation`: BPJS’s register extract (columns nik, status, tanggal_data, and optionally tanggal_registrasi, segmen, program, kpj), posted as confirmation batches by the agreement’s counterpart or an admin. For a confirmation import the counts read: `accepted` = valid in-region records, `duplicates.sameAgency`/`otherAgency` = 0, and `batches` lists confirmation batches.
             * @enum {string}
             */
            kind: "enrollment" | "confirmation";
            commitmentId: string | null;
            /** @description Validity only: nothing is written, and whether a worker is already covered is not told. */
            dryRun: boolean;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /**
             * @description `interrupted`: the instance running it stopped or died; another instance (or the restarted one) resumes it from its last committed chunk.
             * @enum {string}
             */
            status: "queued" | "running" | "interrupted" | "completed" | "failed" | "cancelled";
            /** @description Why a failed import failed: `header-missing`, `too-many-rows`, `file-unreadable`, `expired`, `too-many-attempts`, … */
            error: string | null;
            /** Format: int64 */
            fileBytes: number;
            rows: {
                /**
                 * Format: int64
                 * @description Data rows read and committed (empty rows are not counted).
                 */
                read: number;
                /** @description Data rows in the file: estimated from its lines for CSV; known for XLSX when it ends. */
                total: number | null;
            };
            percent: number;
            rowsPerSecond: number | null;
            /** @description The sum of the reports of the batches the import created, exactly as each batch reports them. */
            counts: {
                /** Format: int64 */
                received: number;
                /** Format: int64 */
                accepted: number;
                duplicates: {
                    /** Format: int64 */
                    inBatch: number;
                    /** Format: int64 */
                    sameAgency: number;
                    /** Format: int64 */
                    otherAgency: number;
                };
                /** Format: int64 */
                outOfRegion: number;
                /**
                 * Format: int64
                 * @description In region, but of a segment the agreement does not count.
                 */
                outOfScope: number;
                /** Format: int64 */
                rejected: number;
            };
            /**
             * Format: int64
             * @description Lines in the error file.
             */
            errorCount: number;
            /** @description The batches created so far, in file order (none for a dry run). */
            batches: string[];
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            startedAt: string | null;
            finishedAt: string | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "0b7e0c1e-7d8f-4a57-9d4c-5c3e3b8d2a10",
         *           "agreementId": "jakarta-uc-2024",
         *           "agency": "dinkes",
         *           "kind": "enrollment",
         *           "commitmentId": null,
         *           "dryRun": false,
         *           "format": "xlsx",
         *           "status": "running",
         *           "error": null,
         *           "fileBytes": 812344,
         *           "rows": {
         *             "read": 10000,
         *             "total": 20000
         *           },
         *           "percent": 50,
         *           "rowsPerSecond": 8400,
         *           "counts": {
         *             "received": 10000,
         *             "accepted": 9610,
         *             "duplicates": {
         *               "inBatch": 12,
         *               "sameAgency": 0,
         *               "otherAgency": 301
         *             },
         *             "outOfRegion": 40,
         *             "outOfScope": 0,
         *             "rejected": 37
         *           },
         *           "errorCount": 37,
         *           "batches": [
         *             "5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10",
         *             "8a0c9a51-5f7e-4f44-a1a2-0ac8f3f0b7c2"
         *           ],
         *           "createdAt": "2024-11-04T03:12:40.000Z",
         *           "startedAt": "2024-11-04T03:12:41.000Z",
         *           "finishedAt": null
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        ImportPage: {
            /** @description At most `limit` items, newest first. */
            items: components["schemas"]["Import"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @description A coverage figure as BPJS or Kemendagri published it, beside the figures Sinergi counts.
         * @example {
         *       "id": "6f0c1f0e-2b8c-4c9e-9a55-0d8a3c2b1e77",
         *       "agreementId": "jakarta-uc-2024",
         *       "workers": 2291409,
         *       "percent": null,
         *       "workforce": null,
         *       "asOf": "2025-01-31",
         *       "source": "BPJS Ketenagakerjaan Kanwil DKI Jakarta, NKS 13 Feb 2025",
         *       "createdAt": "2025-02-13T03:00:00.000Z"
         *     }
         */
        OfficialFigure: {
            /** Format: uuid */
            id: string;
            agreementId: string;
            /** Format: int32 */
            workers: number;
            /** @description As published; null if none was. */
            percent: number | null;
            workforce: number | null;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            asOf: string;
            source: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "workers": 2291409,
         *       "asOf": "2025-01-31",
         *       "source": "BPJS Ketenagakerjaan Kanwil DKI Jakarta, NKS 13 Feb 2025"
         *     }
         */
        OfficialFigureCreate: {
            /**
             * Format: int32
             * @description Workers covered, as published.
             */
            workers: number;
            /** @description The percentage, as published (not derived). */
            percent?: number;
            /**
             * Format: int32
             * @description The workforce the percentage was taken of, if published.
             */
            workforce?: number;
            /**
             * Format: date
             * @description The date the figure is for.
             */
            asOf: string;
            /** @description Who published it, where, when (BPJS, Kemendagri…). Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            source: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "6f0c1f0e-2b8c-4c9e-9a55-0d8a3c2b1e77",
         *           "agreementId": "jakarta-uc-2024",
         *           "workers": 2291409,
         *           "percent": null,
         *           "workforce": null,
         *           "asOf": "2025-01-31",
         *           "source": "BPJS Ketenagakerjaan Kanwil DKI Jakarta, NKS 13 Feb 2025",
         *           "createdAt": "2025-02-13T03:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        OfficialFigurePage: {
            /** @description At most `limit` items, latest asOf first. */
            items: components["schemas"]["OfficialFigure"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "agency": {
         *         "code": "disnakertransgi",
         *         "name": "Dinas Tenaga Kerja, Transmigrasi dan Energi"
         *       },
         *       "role": "lead",
         *       "joinedOn": "2024-10-23"
         *     }
         */
        Party: {
            agency: {
                /** @description Short lowercase agency code, e.g. `dinkes`. */
                code: string;
                name: string;
            };
            /**
             * @description `lead` (one per agreement), `counterpart` (BPJS) or `participant` (a dinas).
             * @enum {string}
             */
            role: "lead" | "counterpart" | "participant";
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            joinedOn: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "agency": {
         *             "code": "disnakertransgi",
         *             "name": "Dinas Tenaga Kerja, Transmigrasi dan Energi"
         *           },
         *           "role": "lead",
         *           "joinedOn": "2024-10-23"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        PartyPage: {
            /** @description At most `limit` items, sorted by agency code. */
            items: components["schemas"]["Party"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "role": "participant",
         *       "joinedOn": "2024-10-23"
         *     }
         */
        PartyPut: {
            /**
             * @description `lead` (one per agreement), `counterpart` (BPJS) or `participant` (a dinas).
             * @enum {string}
             */
            role: "lead" | "counterpart" | "participant";
            /**
             * Format: date
             * @description Defaults to the agreement’s drafting date, or today (WIB).
             */
            joinedOn?: string;
        };
        /**
         * @example {
         *       "reason": "Dinkes posted 40 workers twice; the duplicate batch is voided."
         *     }
         */
        PeriodReopen: {
            /** @description Why the closed figures must change; shown with every adjustment. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            reason: string;
        };
        /**
         * @example {
         *       "months": 1,
         *       "deadlineDays": 10
         *     }
         */
        PeriodSchedule: {
            /**
             * @description Months per period, a divisor of 12 (1 monthly, 3 quarterly, …); periods are aligned to January.
             * @enum {number}
             */
            months: 1 | 2 | 3 | 4 | 6 | 12;
            /**
             * Format: int32
             * @description Days after a period’s last month ends by which each agency’s submission is due (WIB).
             */
            deadlineDays: number;
        };
        /**
         * @example {
         *       "months": 3,
         *       "deadlineDays": 15
         *     }
         */
        PeriodSchedulePut: {
            /**
             * @description Months per period, a divisor of 12 (1 monthly, 3 quarterly, …); periods are aligned to January.
             * @enum {number}
             */
            months: 1 | 2 | 3 | 4 | 6 | 12;
            /**
             * Format: int32
             * @description Days after a period’s last month ends by which each agency’s submission is due (WIB).
             */
            deadlineDays: number;
        };
        /**
         * @description RFC 9457 problem details. Never contains a NIK or a credential.
         * @example {
         *       "type": "/problems/not-found",
         *       "title": "Not found",
         *       "status": 404,
         *       "detail": "Agency \"dinkess\" does not exist.",
         *       "instance": "/v1/agencies/dinkess",
         *       "requestId": "req-1a"
         *     }
         */
        Problem: {
            /** @description URI reference naming the kind of problem: one of the listed values (`about:blank` for an unexpected error). An open set: new types may be added within a major version, so treat an unknown one by its `status`. */
            type: string;
            title: string;
            /** Format: int64 */
            status: number;
            detail: string;
            /** @description The request path that produced the problem. */
            instance: string;
            /** @description Quote this when reporting a problem. */
            requestId: string;
            errors?: components["schemas"]["ProblemFieldError"][];
        } & {
            [key: string]: unknown;
        };
        ProblemFieldError: {
            /**
             * @description Part of the request.
             * @enum {string}
             */
            in: "body" | "querystring" | "params" | "headers";
            /** @description JSON Pointer into that part, e.g. `/records/3/nik`. */
            pointer: string;
            /** @description Stable machine-readable code: a schema check’s (zod issue codes) or a rule’s. New codes may be added. */
            code: string;
            message: string;
        };
        /**
         * @example {
         *       "id": "6a1c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a12",
         *       "commitmentId": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *       "amountRupiah": 1680000000,
         *       "fundedWorkers": 100000,
         *       "realisedOn": "2025-03-10",
         *       "evidenceRefs": [
         *         "SP2D 00123/2025"
         *       ],
         *       "note": null,
         *       "createdBy": "ops@dinsos",
         *       "createdAt": "2025-03-11T02:00:00.000Z"
         *     }
         */
        Realisation: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            commitmentId: string;
            /** Format: int64 */
            amountRupiah: number;
            /** Format: int64 */
            fundedWorkers: number;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            realisedOn: string;
            evidenceRefs: string[];
            note: string | null;
            createdBy: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
        };
        /**
         * @example {
         *       "amountRupiah": 1680000000,
         *       "fundedWorkers": 100000,
         *       "realisedOn": "2025-03-10",
         *       "evidenceRefs": [
         *         "SP2D 00123/2025"
         *       ]
         *     }
         */
        RealisationCreate: {
            /**
             * Format: int64
             * @description Whole rupiah (no fractions), at most 1,000,000,000,000.
             */
            amountRupiah: number;
            /**
             * Format: int32
             * @description Workers whose contributions this payment funded.
             */
            fundedWorkers: number;
            /**
             * Format: date
             * @description Not after today (WIB).
             */
            realisedOn: string;
            /** @description Where the spending can be checked: e.g. a DPA or SP2D number, a BPJS invoice. */
            evidenceRefs: string[];
            /** @description Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            note?: string;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "6a1c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a12",
         *           "commitmentId": "0b6c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a11",
         *           "amountRupiah": 1680000000,
         *           "fundedWorkers": 100000,
         *           "realisedOn": "2025-03-10",
         *           "evidenceRefs": [
         *             "SP2D 00123/2025"
         *           ],
         *           "note": null,
         *           "createdBy": "ops@dinsos",
         *           "createdAt": "2025-03-11T02:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        RealisationPage: {
            /** @description At most `limit` items, by realisation date, then id. */
            items: components["schemas"]["Realisation"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "period": "2024-11",
         *       "from": "2024-11-01",
         *       "to": "2024-11-30",
         *       "deadline": "2024-12-10",
         *       "status": "closed",
         *       "version": 1,
         *       "closedAt": "2024-12-12T03:00:00.000Z",
         *       "closedBy": "admin@sinergi",
         *       "reopenedAt": null,
         *       "reopenedBy": null,
         *       "reopenReason": null,
         *       "submissions": [
         *         {
         *           "agency": "dinkes",
         *           "status": "accepted",
         *           "overdue": false
         *         }
         *       ]
         *     }
         */
        ReportingPeriod: {
            /** @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`). */
            period: string;
            /**
             * Format: date
             * @description First day of the period within the agreement’s period.
             */
            from: string;
            /**
             * Format: date
             * @description Last day of the period within the agreement’s period.
             */
            to: string;
            /**
             * Format: date
             * @description Submissions are due by this day (WIB): the last day of the period’s last month + `deadlineDays`.
             */
            deadline: string;
            /**
             * @description `closed`: its figures are frozen (records dated in it are rejected, voids that would move them refused); `reopened`: open again, with a reason.
             * @enum {string}
             */
            status: "open" | "closed" | "reopened";
            /** @description The latest frozen snapshot’s version; null if never closed. */
            version: number | null;
            closedAt: string | null;
            closedBy: string | null;
            reopenedAt: string | null;
            reopenedBy: string | null;
            reopenReason: string | null;
            /** @description Every party but the counterpart (who accepts), by code. */
            submissions: {
                /** @description Short lowercase agency code, e.g. `dinkes`. */
                agency: string;
                /**
                 * @description `open` (nothing handed in) → `submitted` (by the agency: its reports for the period are complete) → `verified` (by the lead) → `accepted` (by the counterpart); the lead may instead return a submitted one (`returned`, with a reason), which the agency submits again.
                 * @enum {string}
                 */
                status: "open" | "submitted" | "verified" | "returned" | "accepted";
                /** @description Past the period’s deadline (WIB) and not handed in (`open` or `returned`). */
                overdue: boolean;
            }[];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "period": "2024-11",
         *           "from": "2024-11-01",
         *           "to": "2024-11-30",
         *           "deadline": "2024-12-10",
         *           "status": "closed",
         *           "version": 1,
         *           "closedAt": "2024-12-12T03:00:00.000Z",
         *           "closedBy": "admin@sinergi",
         *           "reopenedAt": null,
         *           "reopenedBy": null,
         *           "reopenReason": null,
         *           "submissions": [
         *             {
         *               "agency": "dinkes",
         *               "status": "accepted",
         *               "overdue": false
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        ReportingPeriodPage: {
            /** @description At most `limit` items, oldest period first. */
            items: components["schemas"]["ReportingPeriod"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "secret": "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
         *       "previousSecretExpiresAt": "2024-11-03T03:00:00.000Z"
         *     }
         */
        RotatedSecret: {
            /** @description The signing secret (`whsec_` + base64), shown only in this answer: keep it to verify `webhook-signature`. */
            secret: string;
            /**
             * Format: date-time
             * @description The previous secret keeps signing (beside the new one) for 24 hours.
             */
            previousSecretExpiresAt: string;
        };
        /**
         * @description Gaps are filled with zeros. Dates are enrollment dates, in WIB.
         * @example {
         *       "agreementId": "jakarta-uc-2024",
         *       "interval": "day",
         *       "agency": null,
         *       "from": "2024-10-23",
         *       "to": "2024-10-24",
         *       "points": [
         *         {
         *           "date": "2024-10-23",
         *           "newlyCovered": 0,
         *           "cumulativeCovered": 2200000,
         *           "targetLine": 2207246,
         *           "confirmedCumulative": 2200000
         *         },
         *         {
         *           "date": "2024-10-24",
         *           "newlyCovered": 1050,
         *           "cumulativeCovered": 2201050,
         *           "targetLine": 2214493,
         *           "confirmedCumulative": 2200700
         *         }
         *       ],
         *       "officialFigures": []
         *     }
         */
        Series: {
            agreementId: string;
            /** @enum {string} */
            interval: "day" | "week";
            agency: string | null;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            from: string;
            /**
             * Format: date
             * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
             */
            to: string;
            points: {
                /**
                 * Format: date
                 * @description The day, or the first day of the week within [from, to].
                 */
                date: string;
                /**
                 * Format: int64
                 * @description Credited with an enrollment date in this day or week.
                 */
                newlyCovered: number;
                /**
                 * Format: int64
                 * @description Baseline (unless filtered by agency) + all credits dated up to the end of this day or week.
                 */
                cumulativeCovered: number;
                /** @description The straight line from the baseline on the period start to the target on the target date, at the end of this day or week; null when filtered by agency. */
                targetLine: number | null;
                /** @description Baseline + workers BPJS’s latest confirmation shows active, counted from their confirmation day (registeredOn, else asOf) from the period start to the end of this day or week; null when filtered by agency. */
                confirmedCumulative: number | null;
            }[];
            /** @description Official figures (as published) dated within [from, to], oldest first: points beside the lines. */
            officialFigures: {
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** Format: int64 */
                workers: number;
                source: string;
            }[];
        };
        /**
         * @example {
         *       "agreementId": "jakarta-uc-2024",
         *       "period": "2024-11",
         *       "agency": "dinkes",
         *       "status": "verified",
         *       "returnReason": null,
         *       "submittedAt": "2024-12-03T02:00:00.000Z",
         *       "submittedBy": "ops@dinkes",
         *       "verifiedAt": "2024-12-05T04:00:00.000Z",
         *       "verifiedBy": "ops@disnakertransgi",
         *       "returnedAt": null,
         *       "returnedBy": null,
         *       "acceptedAt": null,
         *       "acceptedBy": null
         *     }
         */
        Submission: {
            agreementId: string;
            /** @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`). */
            period: string;
            /** @description Short lowercase agency code, e.g. `dinkes`. */
            agency: string;
            /**
             * @description `open` (nothing handed in) → `submitted` (by the agency: its reports for the period are complete) → `verified` (by the lead) → `accepted` (by the counterpart); the lead may instead return a submitted one (`returned`, with a reason), which the agency submits again.
             * @enum {string}
             */
            status: "open" | "submitted" | "verified" | "returned" | "accepted";
            /** @description The lead’s reason, while `returned`. */
            returnReason: string | null;
            submittedAt: string | null;
            submittedBy: string | null;
            verifiedAt: string | null;
            verifiedBy: string | null;
            returnedAt: string | null;
            returnedBy: string | null;
            acceptedAt: string | null;
            acceptedBy: string | null;
        };
        /** @example {} */
        SubmissionCreate: {
            /** @description The submitting agency: required with an admin token; an agency token submits for itself. */
            agency?: string;
        };
        /**
         * @example {
         *       "reason": "Batch of 12 November is missing."
         *     }
         */
        SubmissionReturn: {
            /** @description Why the submission goes back to the agency. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
            reason: string;
        };
        /**
         * @description Computed from stored figures and rollups only (never by counting enrollments); a function of the stored data and today’s WIB date, so its ETag changes exactly when a figure does.
         * @example {
         *       "agreementId": "jakarta-uc-2024",
         *       "asOf": "2024-11-04T03:12:45.000Z",
         *       "baseline": {
         *         "kind": "declared",
         *         "workers": 2200000,
         *         "percent": 51,
         *         "asOf": "2024-10-23",
         *         "source": "BPJS Ketenagakerjaan Kanwil DKI Jakarta",
         *         "note": null
         *       },
         *       "target": {
         *         "workers": 2700000,
         *         "percent": 65,
         *         "date": "2024-12-31",
         *         "source": "Kemendagri",
         *         "note": null
         *       },
         *       "workforce": {
         *         "workers": 4153846,
         *         "asOf": "2024-12-31",
         *         "source": "Inferred: 2,700,000 ÷ 65 %",
         *         "note": "INFERRED"
         *       },
         *       "covered": {
         *         "workers": 2201050,
         *         "percent": 52.99
         *       },
         *       "newlyCovered": 1050,
         *       "gap": {
         *         "workers": 498950,
         *         "percentPoints": 12.01
         *       },
         *       "pace": {
         *         "daysLeft": 58,
         *         "requiredPerDay": 8603,
         *         "last7DaysPerDay": 150,
         *         "projectedAtTargetDate": 2209750,
         *         "onTrack": false
         *       },
         *       "agencies": [
         *         {
         *           "code": "dinkes",
         *           "name": "Dinas Kesehatan",
         *           "role": "participant",
         *           "credited": 1000,
         *           "duplicatesReported": 0,
         *           "committedWorkers": 25000,
         *           "percentOfCommitment": 4,
         *           "lastBatchAt": "2024-11-04T03:12:45.000Z",
         *           "status": "behind",
         *           "confirmation": {
         *             "reported": 1000,
         *             "confirmedActive": 700,
         *             "confirmedInactive": 50,
         *             "notFound": 50,
         *             "unconfirmed": 200,
         *             "rate": 0.7
         *           }
         *         }
         *       ],
         *       "bySegment": {
         *         "PU": 1000,
         *         "BPU": 50,
         *         "JAKON": 0,
         *         "PMI": 0
         *       },
         *       "byProgram": {
         *         "JKK": 1050,
         *         "JKM": 1050,
         *         "JHT": 1000,
         *         "JP": 1000,
         *         "JKP": 0
         *       },
         *       "byRegency": {
         *         "3101": 175,
         *         "3171": 180,
         *         "3172": 175,
         *         "3173": 175,
         *         "3174": 170,
         *         "3175": 175
         *       },
         *       "milestones": [
         *         {
         *           "agency": "disnakertransgi",
         *           "title": "Draft Pergub on universal coverage",
         *           "dueDate": "2024-12-15",
         *           "status": "open",
         *           "signed": true
         *         }
         *       ],
         *       "milestoneCounts": {
         *         "total": 1,
         *         "open": 1,
         *         "overdue": 0,
         *         "done": 0,
         *         "list": "/v1/agreements/jakarta-uc-2024/commitments?kind=milestone"
         *       },
         *       "countBasis": "reported",
         *       "reported": {
         *         "workers": 2201050,
         *         "percent": 52.99
         *       },
         *       "confirmed": {
         *         "workers": 2200900,
         *         "percent": 52.98
         *       },
         *       "confirmation": {
         *         "reported": 1050,
         *         "confirmedActive": 700,
         *         "confirmedInactive": 50,
         *         "notFound": 50,
         *         "unconfirmed": 250,
         *         "rate": 0.6667,
         *         "bpjsOnly": 200,
         *         "asOf": "2024-11-30"
         *       },
         *       "officialFigure": {
         *         "workers": 2291409,
         *         "percent": null,
         *         "workforce": null,
         *         "asOf": "2025-01-31",
         *         "source": "BPJS Ketenagakerjaan Kanwil DKI Jakarta"
         *       },
         *       "areaTargets": [
         *         {
         *           "areaCode": "3171",
         *           "name": "Jakarta Pusat",
         *           "target": 60000,
         *           "credited": 180,
         *           "gap": 59820,
         *           "pace": {
         *             "expectedByToday": 12000,
         *             "requiredPerDay": 1032,
         *             "onTrack": false
         *           }
         *         }
         *       ],
         *       "budget": {
         *         "count": 1,
         *         "committedRupiah": 20160000000,
         *         "realisedRupiah": 1680000000,
         *         "fundedWorkers": 100000,
         *         "realisedWorkers": 100000,
         *         "commitments": [
         *           {
         *             "id": "6a1c3f0e-8f7a-4a53-9d0e-2f4f0f6d7a13",
         *             "agency": "dinsos",
         *             "title": "APBD contributions for vulnerable informal workers",
         *             "dueDate": "2024-12-31",
         *             "signed": true,
         *             "amountRupiah": 20160000000,
         *             "fundedWorkers": 100000,
         *             "realisedRupiah": 1680000000,
         *             "realisedWorkers": 100000
         *           }
         *         ]
         *       },
         *       "reporting": {
         *         "schedule": {
         *           "months": 1,
         *           "deadlineDays": 10
         *         },
         *         "currentPeriod": {
         *           "period": "2024-11",
         *           "from": "2024-11-01",
         *           "to": "2024-11-30",
         *           "deadline": "2024-12-10",
         *           "status": "open"
         *         },
         *         "submissions": [
         *           {
         *             "agency": "dinkes",
         *             "status": "open",
         *             "overdue": false
         *           }
         *         ],
         *         "overdue": [
         *           {
         *             "period": "2024-10",
         *             "agency": "dinkes",
         *             "deadline": "2024-11-10"
         *           }
         *         ],
         *         "overdueCount": 1
         *       }
         *     }
         */
        Summary: {
            agreementId: string;
            /**
             * Format: date-time
             * @description Time of the latest change the figures include (a batch, a void, a confirmation batch or its void, an official figure, a commitment, the agreement).
             */
            asOf: string;
            baseline: {
                /**
                 * @description `declared`: the figures were typed in from a source. `predecessorResult`: the baseline is the predecessor’s covered workers at its target date (its baseline plus its newly covered workers), derived whenever it is read, never typed; `asOf` is then the predecessor’s target date.
                 * @enum {string}
                 */
                kind: "declared" | "predecessorResult";
                /**
                 * Format: int32
                 * @description Workers already covered at the baseline date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent: number | null;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note: string | null;
            };
            target: {
                /**
                 * Format: int32
                 * @description Workers covered by the target date.
                 */
                workers: number;
                /** @description As published; null if none was. */
                percent: number | null;
                /**
                 * Format: date
                 * @description The target date; the agreement’s period ends on it.
                 */
                date: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note: string | null;
            };
            workforce: {
                /**
                 * Format: int32
                 * @description The denominator for coverage percentages.
                 */
                workers: number;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                /** @description Who published the figure, where, when. Free text: no U+0000 (NUL) and no unpaired surrogate (the pattern), and no NIK-shaped number — 16 or more digits in any script, with or without separators — which no JSON Schema can express; either is a 400. */
                source: string;
                /** @description How the figure was read or inferred. */
                note: string | null;
            };
            /** @description The headline figure; gap and pace are taken from it. */
            covered: {
                /**
                 * Format: int64
                 * @description The headline: `reported.workers` or `confirmed.workers`, as `countBasis` says.
                 */
                workers: number;
                /** @description covered.workers ÷ workforce.workers × 100. */
                percent: number;
            };
            /**
             * Format: int64
             * @description Distinct in-region workers credited in the agreement’s period, net of voided batches.
             */
            newlyCovered: number;
            gap: {
                /**
                 * Format: int64
                 * @description target.workers − covered.workers, never negative.
                 */
                workers: number;
                /** @description (target.workers − covered.workers) ÷ workforce.workers × 100, never negative. */
                percentPoints: number;
            };
            pace: {
                /**
                 * Format: int64
                 * @description Days from today (WIB) to the target date, both included; 0 after it.
                 */
                daysLeft: number;
                /** @description ceil(gap.workers ÷ daysLeft); null after the target date. */
                requiredPerDay: number | null;
                /** @description Newly covered with an enrollment date in the last 7 WIB days (today included) ÷ 7. */
                last7DaysPerDay: number;
                /**
                 * Format: int64
                 * @description floor(covered.workers + last7DaysPerDay × daysLeft): the target date’s coverage if the last 7 days’ pace holds. After the target date: what was covered on it.
                 */
                projectedAtTargetDate: number;
                /** @description projectedAtTargetDate ≥ target.workers (after the target date: whether the target was met). */
                onTrack: boolean;
            };
            /** @description Every party, by code. */
            agencies: {
                /** @description Short lowercase agency code, e.g. `dinkes`. */
                code: string;
                name: string;
                /**
                 * @description `lead` (one per agreement), `counterpart` (BPJS) or `participant` (a dinas).
                 * @enum {string}
                 */
                role: "lead" | "counterpart" | "participant";
                /**
                 * Format: int64
                 * @description Workers newly covered and credited to this agency (first report wins; net of voids).
                 */
                credited: number;
                /**
                 * Format: int64
                 * @description Records of its non-voided batches that repeated an already covered worker (in the batch, its own or another agency’s).
                 */
                duplicatesReported: number;
                /**
                 * Format: int64
                 * @description Sum of its active enrollment commitments’ targetWorkers.
                 */
                committedWorkers: number;
                /** @description credited ÷ committedWorkers × 100, one decimal; null without a commitment. */
                percentOfCommitment: number | null;
                lastBatchAt: string | null;
                /**
                 * @description Against the agency’s **active** enrollment commitments: `met` when its counted workers ≥ their sum; else `on_track` when they are ≥ what the commitments call for by today — each commitment’s target pro rata to the days elapsed from the period start to its due date (both included, WIB) — else `behind`; `no_commitment` without an active enrollment commitment. Its counted workers are `credited` when the agreement’s `countBasis` is `reported`, and `confirmation.confirmedActive` (its credited workers BPJS confirms active) when it is `confirmed`.
                 * @enum {string}
                 */
                status: "met" | "on_track" | "behind" | "no_commitment";
                /** @description BPJS’s confirmation of this agency’s credited workers. */
                confirmation: {
                    /**
                     * Format: int64
                     * @description Workers credited (as `credited`): the claims BPJS is asked to confirm.
                     */
                    reported: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers whose latest BPJS confirmation (by asOf, then posting order; voided batches aside) is `active`.
                     */
                    confirmedActive: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers whose latest confirmation is `inactive`.
                     */
                    confirmedInactive: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers whose latest confirmation is `not_found`.
                     */
                    notFound: number;
                    /**
                     * Format: int64
                     * @description Of `reported`, workers with no confirmation yet. confirmedActive + confirmedInactive + notFound + unconfirmed = reported.
                     */
                    unconfirmed: number;
                    /** @description confirmedActive ÷ reported, a ratio from 0 to 1 (four decimals); null when reported is 0. */
                    rate: number | null;
                };
            }[];
            /** @description Newly covered workers by the crediting record’s segment. */
            bySegment: {
                /** Format: int64 */
                PU: number;
                /** Format: int64 */
                BPU: number;
                /** Format: int64 */
                JAKON: number;
                /** Format: int64 */
                PMI: number;
            };
            /** @description Newly covered workers carrying each program (a worker counts under each of its programs). */
            byProgram: {
                /** Format: int64 */
                JKK: number;
                /** Format: int64 */
                JKM: number;
                /** Format: int64 */
                JHT: number;
                /** Format: int64 */
                JP: number;
                /** Format: int64 */
                JKP: number;
            };
            /** @description Newly covered workers by the NIK’s regency/city code (where it was issued, not where they live). */
            byRegency: {
                [key: string]: number;
            };
            /** @description The 20 most relevant milestones at most: overdue ones (longest overdue first), then open ones (soonest due first), then done ones (latest first). `milestoneCounts` counts them all; `milestoneCounts.list` pages through every one. */
            milestones: {
                /** @description Short lowercase agency code, e.g. `dinkes`. */
                agency: string;
                title: string;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                dueDate: string;
                /**
                 * @description `overdue`: still open after its due date (WIB).
                 * @enum {string}
                 */
                status: "open" | "done" | "overdue";
                /** @description Whether the milestone commitment is signed (active). */
                signed: boolean;
            }[];
            /** @description Every milestone of the agreement, by status. */
            milestoneCounts: {
                /** Format: int64 */
                total: number;
                /**
                 * Format: int64
                 * @description Open and not yet due (WIB).
                 */
                open: number;
                /** Format: int64 */
                overdue: number;
                /** Format: int64 */
                done: number;
                /** @description The paged list of every milestone commitment of the agreement. */
                list: string;
            };
            /**
             * @description What the summary’s headline `covered` counts. `reported` (the default): baseline + newlyCovered, the workers the agencies reported and were credited for. `confirmed`: baseline + the workers BPJS’s latest confirmation shows active with a confirmation day (registeredOn, else asOf) within the period — reported by an agency or not; and agency status is then judged on each agency’s confirmed-active workers. Both figures are always in the summary.
             * @enum {string}
             */
            countBasis: "reported" | "confirmed";
            /** @description Coverage on reported workers, whatever the basis. */
            reported: {
                /**
                 * Format: int64
                 * @description baseline.workers + newlyCovered: the baseline and the workers agencies reported (credited once each).
                 */
                workers: number;
                /** @description reported.workers ÷ workforce.workers × 100. */
                percent: number;
            };
            /** @description Coverage on BPJS-confirmed workers, whatever the basis. */
            confirmed: {
                /**
                 * Format: int64
                 * @description baseline.workers + workers whose latest BPJS confirmation is `active` with a confirmation day (registeredOn, else asOf) within the period — reported by an agency or not (bpjsOnly). Out-of-region NIKs never count.
                 */
                workers: number;
                /** @description confirmed.workers ÷ workforce.workers × 100. */
                percent: number;
            };
            /** @description BPJS’s confirmation of the credited workers, over all agencies (each agency’s is in `agencies[].confirmation`). */
            confirmation: {
                /**
                 * Format: int64
                 * @description Every credited worker (newlyCovered; in a period’s summary, the credits as they stand now, as the labels are).
                 */
                reported: number;
                /**
                 * Format: int64
                 * @description Of `reported`, workers whose latest BPJS confirmation (by asOf, then posting order; voided batches aside) is `active`.
                 */
                confirmedActive: number;
                /**
                 * Format: int64
                 * @description Of `reported`, workers whose latest confirmation is `inactive`.
                 */
                confirmedInactive: number;
                /**
                 * Format: int64
                 * @description Of `reported`, workers whose latest confirmation is `not_found`.
                 */
                notFound: number;
                /**
                 * Format: int64
                 * @description Of `reported`, workers with no confirmation yet. confirmedActive + confirmedInactive + notFound + unconfirmed = reported.
                 */
                unconfirmed: number;
                /** @description confirmedActive ÷ reported, a ratio from 0 to 1 (four decimals); null when reported is 0. */
                rate: number | null;
                /**
                 * Format: int64
                 * @description Workers BPJS confirms active (latest confirmation) that no agency reported: counted in `confirmed`, never credited to an agency.
                 */
                bpjsOnly: number;
                /** @description The latest register date (asOf) among confirmation batches not voided; null before the first. */
                asOf: string | null;
            };
            /** @description The latest official figure (by asOf, then the last recorded) as BPJS or Kemendagri published it, or null. */
            officialFigure: {
                /** Format: int64 */
                workers: number;
                /** @description As published; null if none was. */
                percent: number | null;
                workforce: number | null;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                asOf: string;
                source: string;
            } | null;
            /** @description The agreement’s targets per area (regency/city code of the NIK) beside `byRegency`: target, gap and pace. */
            areaTargets: {
                areaCode: string;
                /** @description From the regency table (src/domain/regencies.ts); null where none is listed. */
                name: string | null;
                /**
                 * Format: int64
                 * @description The agreement’s target of newly covered workers in the area.
                 */
                target: number;
                /**
                 * Format: int64
                 * @description Newly covered workers of the area (its `byRegency` count).
                 */
                credited: number;
                /**
                 * Format: int64
                 * @description target − credited, never negative.
                 */
                gap: number;
                pace: {
                    /**
                     * Format: int64
                     * @description ceil(target × the share of the period elapsed by today, WIB).
                     */
                    expectedByToday: number;
                    /** @description ceil(gap ÷ days left, today included); null after the target date. */
                    requiredPerDay: number | null;
                    /** @description credited ≥ expectedByToday. */
                    onTrack: boolean;
                };
            }[];
            /** @description Budget commitments: rupiah committed vs realised (integers, never fractions). */
            budget: {
                /**
                 * Format: int64
                 * @description Budget commitments of the agreement, drafts included.
                 */
                count: number;
                /**
                 * Format: int64
                 * @description Whole rupiah committed by active (signed) budget commitments.
                 */
                committedRupiah: number;
                /**
                 * Format: int64
                 * @description Whole rupiah realised of them.
                 */
                realisedRupiah: number;
                /**
                 * Format: int64
                 * @description Workers the active budget commitments fund.
                 */
                fundedWorkers: number;
                /**
                 * Format: int64
                 * @description Workers funded by what was realised of them.
                 */
                realisedWorkers: number;
                /** @description Every budget commitment (the first 100 by due date), committed vs realised. */
                commitments: {
                    /** Format: uuid */
                    id: string;
                    /** @description Short lowercase agency code, e.g. `dinkes`. */
                    agency: string;
                    title: string;
                    /**
                     * Format: date
                     * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                     */
                    dueDate: string;
                    signed: boolean;
                    /** Format: int64 */
                    amountRupiah: number;
                    /** Format: int64 */
                    fundedWorkers: number;
                    /** Format: int64 */
                    realisedRupiah: number;
                    /** Format: int64 */
                    realisedWorkers: number;
                }[];
            };
            /** @description Reporting periods and submissions (docs/domain.md §12). */
            reporting: {
                schedule: components["schemas"]["PeriodSchedule"];
                /** @description The period containing today (WIB); before the agreement starts its first, after it ends its last. */
                currentPeriod: {
                    /** @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`). */
                    period: string;
                    /**
                     * Format: date
                     * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                     */
                    from: string;
                    /**
                     * Format: date
                     * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                     */
                    to: string;
                    /**
                     * Format: date
                     * @description Submissions are due by this day (WIB): the last day of the period’s last month + `deadlineDays`.
                     */
                    deadline: string;
                    /**
                     * @description `closed`: its figures are frozen (records dated in it are rejected, voids that would move them refused); `reopened`: open again, with a reason.
                     * @enum {string}
                     */
                    status: "open" | "closed" | "reopened";
                };
                /** @description Each submitting party’s state for the current period, by code. */
                submissions: {
                    /** @description Short lowercase agency code, e.g. `dinkes`. */
                    agency: string;
                    /**
                     * @description `open` (nothing handed in) → `submitted` (by the agency: its reports for the period are complete) → `verified` (by the lead) → `accepted` (by the counterpart); the lead may instead return a submitted one (`returned`, with a reason), which the agency submits again.
                     * @enum {string}
                     */
                    status: "open" | "submitted" | "verified" | "returned" | "accepted";
                    /** @description Past the period’s deadline (WIB) and not handed in (`open` or `returned`). */
                    overdue: boolean;
                }[];
                /** @description Submissions past their deadline and not handed in, latest period first (at most 50; `overdueCount` counts all). */
                overdue: {
                    /** @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`). */
                    period: string;
                    /** @description Short lowercase agency code, e.g. `dinkes`. */
                    agency: string;
                    /**
                     * Format: date
                     * @description Submissions are due by this day (WIB): the last day of the period’s last month + `deadlineDays`.
                     */
                    deadline: string;
                }[];
                /** Format: int64 */
                overdueCount: number;
            };
            /** @description Present with `?period=`: the figures are those up to the period’s last day — credits dated after it are left out and pace, standings and milestones are taken as of that day. */
            period?: {
                /** @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`). */
                period: string;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                from: string;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                to: string;
                /**
                 * @description `closed`: its figures are frozen (records dated in it are rejected, voids that would move them refused); `reopened`: open again, with a reason.
                 * @enum {string}
                 */
                status: "open" | "closed" | "reopened";
                /** @description This snapshot’s version; null for figures computed now (an open or reopened period). */
                version: number | null;
                /** @description When these figures were frozen (the close); null when computed now. */
                frozenAt: string | null;
                /**
                 * Format: int64
                 * @description Workers credited with an enrollment date within the period.
                 */
                newlyCovered: number;
            };
        };
        /**
         * @description An agency’s credited records that BPJS has not confirmed active. Never a NIK or its hash: the agency finds each person by its own `ref`.
         * @example {
         *       "items": [
         *         {
         *           "batchId": "5d1f6a8e-3c55-4b0e-9a43-0f3c2f1e7b10",
         *           "recordIndex": 17,
         *           "enrolledOn": "2024-11-04",
         *           "segment": "BPU",
         *           "ref": "PUSKESMAS-TEBET-0042",
         *           "status": "not_found"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        UnconfirmedPage: {
            /** @description At most `limit` items, by batch, then record. */
            items: {
                /**
                 * Format: uuid
                 * @description The agency’s batch that holds the credit.
                 */
                batchId: string;
                /**
                 * Format: int64
                 * @description The record’s position in that batch, from 0.
                 */
                recordIndex: number;
                /**
                 * Format: date
                 * @description Calendar date, `YYYY-MM-DD`, from 1900-01-01 to 2199-12-31.
                 */
                enrolledOn: string;
                /** @enum {string} */
                segment: "PU" | "BPU" | "JAKON" | "PMI";
                /** @description The agency’s own `ref` for the record, as it sent it. */
                ref: string | null;
                /** @enum {string} */
                status: "not_found" | "inactive" | "pending";
            }[];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "5d7b3f6e-1c2a-4b8e-9f00-3a1b2c3d4e5f",
         *       "agency": "dinkes",
         *       "url": "https://integrasi.dinkes.jakarta.go.id/hooks/sinergi",
         *       "events": [
         *         "batch.created",
         *         "agency.projected_miss"
         *       ],
         *       "description": "Dinkes data office",
         *       "active": true,
         *       "disabledReason": null,
         *       "previousSecretExpiresAt": null,
         *       "createdAt": "2024-11-02T03:00:00.000Z",
         *       "updatedAt": "2024-11-02T03:00:00.000Z"
         *     }
         */
        Webhook: {
            /** Format: uuid */
            id: string;
            /** @description The agency whose events it receives; null for an admin’s subscription to every event. */
            agency: string | null;
            url: string;
            events: ("batch.created" | "batch.voided" | "import.completed" | "confirmation.completed" | "import.failed" | "commitment.signed" | "milestone.overdue" | "agency.status_changed" | "agency.projected_miss" | "period.submitted" | "period.verified" | "period.accepted" | "period.closed")[];
            description: string | null;
            active: boolean;
            /** @description `gone`: the service switched it off because the receiver answered 410. */
            disabledReason: "gone" | null;
            /** @description After a rotation: until when the previous secret still signs too. */
            previousSecretExpiresAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "url": "https://integrasi.dinkes.jakarta.go.id/hooks/sinergi",
         *       "events": [
         *         "batch.created",
         *         "agency.projected_miss"
         *       ],
         *       "description": "Dinkes data office"
         *     }
         */
        WebhookCreate: {
            /**
             * Format: uri
             * @description Where events are POSTed: an `http` or `https` URL, with no number of 16 or more digits in it (a NIK is never stored). Loopback, private, link-local and cloud-metadata addresses are refused, here and at each delivery on the address the name then resolves to (unless the operator allows private targets).
             */
            url: string;
            /** @description The event types to receive. */
            events: ("batch.created" | "batch.voided" | "import.completed" | "confirmation.completed" | "import.failed" | "commitment.signed" | "milestone.overdue" | "agency.status_changed" | "agency.projected_miss" | "period.submitted" | "period.verified" | "period.accepted" | "period.closed")[];
            description?: string | null;
            /** @default true */
            active: boolean;
            /** @description Admins: the agency whose events it receives, or null/absent for every event. Agency tokens: their own (the default). */
            agency?: string | null;
        };
        /**
         * @example {
         *       "id": "5d7b3f6e-1c2a-4b8e-9f00-3a1b2c3d4e5f",
         *       "agency": "dinkes",
         *       "url": "https://integrasi.dinkes.jakarta.go.id/hooks/sinergi",
         *       "events": [
         *         "batch.created",
         *         "agency.projected_miss"
         *       ],
         *       "description": "Dinkes data office",
         *       "active": true,
         *       "disabledReason": null,
         *       "previousSecretExpiresAt": null,
         *       "createdAt": "2024-11-02T03:00:00.000Z",
         *       "updatedAt": "2024-11-02T03:00:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        WebhookCreated: {
            /** Format: uuid */
            id: string;
            /** @description The agency whose events it receives; null for an admin’s subscription to every event. */
            agency: string | null;
            url: string;
            events: ("batch.created" | "batch.voided" | "import.completed" | "confirmation.completed" | "import.failed" | "commitment.signed" | "milestone.overdue" | "agency.status_changed" | "agency.projected_miss" | "period.submitted" | "period.verified" | "period.accepted" | "period.closed")[];
            description: string | null;
            active: boolean;
            /** @description `gone`: the service switched it off because the receiver answered 410. */
            disabledReason: "gone" | null;
            /** @description After a rotation: until when the previous secret still signs too. */
            previousSecretExpiresAt: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            updatedAt: string;
            /** @description The signing secret (`whsec_` + base64), shown only in this answer: keep it to verify `webhook-signature`. */
            secret: string;
        };
        /**
         * @example {
         *       "id": "8c3e0b1a-9d2f-4e5a-b6c7-d8e9f0a1b2c3",
         *       "eventId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
         *       "eventType": "batch.created",
         *       "occurredAt": "2024-11-04T02:10:00.000Z",
         *       "status": "pending",
         *       "attempts": 1,
         *       "nextAttemptAt": "2024-11-04T02:10:05.000Z",
         *       "lastStatusCode": 500,
         *       "lastLatencyMs": 84,
         *       "lastError": null,
         *       "createdAt": "2024-11-04T02:10:00.000Z",
         *       "finishedAt": null,
         *       "attemptLog": [
         *         {
         *           "attempt": 1,
         *           "at": "2024-11-04T02:10:00.100Z",
         *           "statusCode": 500,
         *           "latencyMs": 84,
         *           "error": null
         *         }
         *       ]
         *     }
         */
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The `webhook-id` header of every attempt: receivers deduplicate by it.
             */
            id: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            occurredAt: string;
            /**
             * @description `failed` once the retries are spent (or the receiver answered 410); redeliver it by hand.
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed";
            /** Format: int64 */
            attempts: number;
            /** @description When it is tried next; null once it has ended. */
            nextAttemptAt: string | null;
            lastStatusCode: number | null;
            lastLatencyMs: number | null;
            lastError: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 time with offset.
             */
            createdAt: string;
            finishedAt: string | null;
            /** @description Every attempt, oldest first. */
            attemptLog: {
                /** Format: int64 */
                attempt: number;
                /**
                 * Format: date-time
                 * @description ISO 8601 time with offset.
                 */
                at: string;
                /** @description The receiver’s HTTP status; null when none came (see `error`). */
                statusCode: number | null;
                /** Format: int64 */
                latencyMs: number;
                /** @description `timeout`, `connection (…)`, `dns (…)`, `target-forbidden (…)`; null when a status came. */
                error: string | null;
            }[];
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "8c3e0b1a-9d2f-4e5a-b6c7-d8e9f0a1b2c3",
         *           "eventId": "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9",
         *           "eventType": "batch.created",
         *           "occurredAt": "2024-11-04T02:10:00.000Z",
         *           "status": "pending",
         *           "attempts": 1,
         *           "nextAttemptAt": "2024-11-04T02:10:05.000Z",
         *           "lastStatusCode": 500,
         *           "lastLatencyMs": 84,
         *           "lastError": null,
         *           "createdAt": "2024-11-04T02:10:00.000Z",
         *           "finishedAt": null,
         *           "attemptLog": [
         *             {
         *               "attempt": 1,
         *               "at": "2024-11-04T02:10:00.100Z",
         *               "statusCode": 500,
         *               "latencyMs": 84,
         *               "error": null
         *             }
         *           ]
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        WebhookDeliveryPage: {
            /** @description At most `limit` items, newest first. */
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "5d7b3f6e-1c2a-4b8e-9f00-3a1b2c3d4e5f",
         *           "agency": "dinkes",
         *           "url": "https://integrasi.dinkes.jakarta.go.id/hooks/sinergi",
         *           "events": [
         *             "batch.created",
         *             "agency.projected_miss"
         *           ],
         *           "description": "Dinkes data office",
         *           "active": true,
         *           "disabledReason": null,
         *           "previousSecretExpiresAt": null,
         *           "createdAt": "2024-11-02T03:00:00.000Z",
         *           "updatedAt": "2024-11-02T03:00:00.000Z"
         *         }
         *       ],
         *       "nextCursor": "eyJrIjoiZGlua2VzIn0"
         *     }
         */
        WebhookPage: {
            /** @description At most `limit` items, oldest first. */
            items: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` for the next page; null when there is none. */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "active": true
         *     }
         */
        WebhookPatch: {
            /**
             * Format: uri
             * @description Where events are POSTed: an `http` or `https` URL, with no number of 16 or more digits in it (a NIK is never stored). Loopback, private, link-local and cloud-metadata addresses are refused, here and at each delivery on the address the name then resolves to (unless the operator allows private targets).
             */
            url?: string;
            /** @description The event types to receive. */
            events?: ("batch.created" | "batch.voided" | "import.completed" | "confirmation.completed" | "import.failed" | "commitment.signed" | "milestone.overdue" | "agency.status_changed" | "agency.projected_miss" | "period.submitted" | "period.verified" | "period.accepted" | "period.closed")[];
            description?: string | null;
            active?: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request’s id: the caller’s own `X-Request-Id` when it is a plain token (1–64 of `A–Z a–z 0–9 . _ : -`), else a generated UUID. Quote it when reporting a problem. */
        XRequestId: string;
        /** @description Requests allowed per window for this caller’s bucket (per agency, else per user, else per IP). */
        RateLimitLimit: number;
        /** @description Requests left in the current window for this caller’s bucket. */
        RateLimitRemaining: number;
        /** @description Seconds until the current window ends. */
        RateLimitReset: number;
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description The representation’s version: send it back in `If-Match` (writes) or `If-None-Match` (polling). */
        ETag: string;
        /** @description Path of the created resource. */
        Location: string;
        /** @description `true` when this answer is the stored answer to an earlier request with the same `Idempotency-Key` and body. */
        IdempotentReplayed: "true";
        /** @description The authentication scheme: a bearer token. */
        WWWAuthenticate: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {
                     *         "title": "Sinergi API"
                     *       },
                     *       "paths": {}
                     *     }
                     */
                    "application/json": {
                        openapi: string;
                        info: {
                            [key: string]: unknown;
                        };
                        paths: {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics, in the Prometheus text exposition format 0.0.4. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgencies: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/agency-exists`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencyPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgreements: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/agreement-exists`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/unprocessable`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/conflict`, `/problems/period-excludes-enrollments`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/invalid-period`, `/problems/unprocessable`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSuccessorAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementSuccessor"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agreement"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/agreement-exists`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/invalid-period`, `/problems/unprocessable`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParties: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PartyPut"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Party"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/lead-exists`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeParty: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/party-has-commitments`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommitments: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
                /** @description Only this agency’s commitments. */
                agency?: string;
                /** @description Only commitments of this kind. */
                kind?: "enrollment" | "milestone" | "budget";
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/commitment-limit`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/not-a-party`, `/problems/due-date-outside-period`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommitment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    amendCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` last read; the change is refused (412) if it is stale. */
                "if-match"?: string;
            };
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` precondition failed. Problem types: `/problems/precondition-failed`. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/due-date-outside-period`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRealisations: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RealisationPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRealisation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RealisationCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Realisation"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/unprocessable`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommitmentHistory: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitmentHistory"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signCommitment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` last read; the change is refused (412) if it is stale. */
                "if-match"?: string;
            };
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommitmentSignature"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Commitment"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/already-signed`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` precondition failed. Problem types: `/problems/precondition-failed`. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/signed-in-future`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEnrollmentBatches: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
                /** @description Only this agency’s batches (an agency token sees only its own). */
                agency?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postEnrollmentBatch: {
        parameters: {
            query?: {
                /**
                 * @deprecated
                 * @description Deprecated: use `POST /v1/agreements/{agreementId}/batches/validate`, which answers the same `BatchValidation` (200) and needs no `Idempotency-Key`. With `true`, nothing is written; the key is still required (as for every post to this operation) and is not used up.
                 */
                dryRun?: "true" | "false";
            };
            header: {
                /** @description Scoped per agency; a retry with the same key and body replays the stored response. Required by every post, the deprecated `?dryRun=true` too (which does not use it up). */
                "idempotency-key": string;
            };
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchCreate"];
            };
        };
        responses: {
            /** @description Only with the deprecated `?dryRun=true`: the validation report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchValidation"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`, `/problems/idempotency-key-missing`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/idempotency-key-in-use`, `/problems/period-changed`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/idempotency-key-reused`, `/problems/invalid-commitment`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateEnrollmentBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchCreate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchValidation"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/invalid-commitment`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEnrollmentBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    voidEnrollmentBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BatchVoid"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Batch"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/already-voided`, `/problems/period-closed`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConfirmationBatches: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatchPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/unprocessable`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postConfirmationBatch: {
        parameters: {
            query?: {
                /** @description `true`: check the records and answer 200 with a `ConfirmationValidation`; nothing is written; the `Idempotency-Key` is still required and is not used up. */
                dryRun?: "true" | "false";
            };
            header: {
                /** @description Required by every post, `dryRun=true` too (which does not use it up). Scoped to the counterpart, apart from its enrollment batches’ keys. */
                "idempotency-key": string;
            };
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmationCreate"];
            };
        };
        responses: {
            /** @description Only with `?dryRun=true`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationValidation"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatch"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`, `/problems/idempotency-key-missing`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/idempotency-key-in-use`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/idempotency-key-reused`, `/problems/unprocessable`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConfirmationBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatch"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    voidConfirmationBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmationVoid"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationBatch"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/already-voided`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOfficialFigures: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialFigurePage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postOfficialFigure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfficialFigureCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficialFigure"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/unprocessable`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUnconfirmedRecords: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
                /** @description `not_found`/`inactive`: the worker’s latest confirmation says so; `pending`: no confirmation yet. Default: all three. */
                status?: "not_found" | "inactive" | "pending";
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnconfirmedPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnconfirmedRecordsCsv: {
        parameters: {
            query?: {
                /** @description `not_found`/`inactive`: the worker’s latest confirmation says so; `pending`: no confirmation yet. Default: all three. */
                status?: "not_found" | "inactive" | "pending";
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (`Content-Disposition`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoverageSummary: {
        parameters: {
            query?: {
                /** @description The figures up to this reporting period’s last day. A closed period answers its frozen snapshot, byte for byte, with its own ETag. */
                period?: string;
                /** @description With `period`: a frozen version of it (1 = the first close); default the latest of a closed period. */
                version?: number;
            };
            header?: {
                "if-none-match"?: string;
            };
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Summary"];
                };
            };
            /** @description Not modified: the figures are those of the ETag sent. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoverageSeries: {
        parameters: {
            query?: {
                /** @description `week`: ISO weeks (Monday first), WIB. */
                interval?: "day" | "week";
                /** @description Default: the period start. A date from 1900-01-01 to 2199-12-31. */
                from?: string;
                /** @description Default: today (WIB), or the target date once it has passed (never before `from`). A date from 1900-01-01 to 2199-12-31. */
                to?: string;
                /** @description Only this agency’s credits (cumulativeCovered then excludes the baseline). */
                agency?: string;
                /** @description The series from the period start up to this reporting period’s last day; for a closed period, the frozen series as stored (with `interval` only: not with `from`, `to` or `agency`). */
                period?: string;
                /** @description With `period`: a frozen version of it (1 = the first close); default the latest of a closed period. */
                version?: number;
            };
            header?: {
                "if-none-match"?: string;
            };
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Series"];
                };
            };
            /** @description Not modified: the series is that of the ETag sent. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgencyProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyProgress"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportTemplateXlsx: {
        parameters: {
            query?: {
                /** @description `enrollment` (the default): a dinas’s list of newly protected workers, posted as enrollment batches; `confirmation`: BPJS’s register extract (columns nik, status, tanggal_data, and optionally tanggal_registrasi, segmen, program, kpj), posted as confirmation batches by the agreement’s counterpart or an admin. For a confirmation import the counts read: `accepted` = valid in-region records, `duplicates.sameAgency`/`otherAgency` = 0, and `batches` lists confirmation batches. */
                kind?: "enrollment" | "confirmation";
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workbook. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportTemplateCsv: {
        parameters: {
            query?: {
                /** @description `enrollment` (the default): a dinas’s list of newly protected workers, posted as enrollment batches; `confirmation`: BPJS’s register extract (columns nik, status, tanggal_data, and optionally tanggal_registrasi, segmen, program, kpj), posted as confirmation batches by the agreement’s counterpart or an admin. For a confirmation import the counts read: `accepted` = valid in-region records, `duplicates.sameAgency`/`otherAgency` = 0, and `batches` lists confirmation batches. */
                kind?: "enrollment" | "confirmation";
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV template. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
                /** @description Only this agency’s imports (an agency token sees only its own). */
                agency?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadImport: {
        parameters: {
            query?: {
                /** @description `enrollment` (the default): a dinas’s list of newly protected workers, posted as enrollment batches; `confirmation`: BPJS’s register extract (columns nik, status, tanggal_data, and optionally tanggal_registrasi, segmen, program, kpj), posted as confirmation batches by the agreement’s counterpart or an admin. For a confirmation import the counts read: `accepted` = valid in-region records, `duplicates.sameAgency`/`otherAgency` = 0, and `batches` lists confirmation batches. */
                kind?: "enrollment" | "confirmation";
                /** @description The importing agency: required for admin; an agency token imports only for itself. */
                agency?: string;
                /** @description An enrollment commitment of the agency under this agreement: every row must be of its segment. */
                commitmentId?: string;
                /** @description Check the file (validity only) without writing anything. */
                dryRun?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        /** @description The file: CSV (`text/csv`) or XLSX (`application/vnd.openxmlformats-officedocument.spreadsheetml.sheet`) as the raw body, or as the field `file` of `multipart/form-data`. At most 104857600 bytes (100 MiB) and 1000000 rows after the header; with `kind=confirmation`, 536870912 bytes (512 MiB) and 6000000 rows. */
        requestBody: {
            content: {
                "text/csv": unknown;
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                "multipart/form-data": unknown;
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /** @description The same file was imported before (or is being imported): that import. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description Accepted */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`, `/problems/import-empty`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/import-in-progress`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`, `/problems/import-too-large`, `/problems/import-too-many-rows`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`, `/problems/import-unsupported-file`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/invalid-commitment`, `/problems/import-unreadable`, `/problems/import-header-missing`, `/problems/import-columns-missing`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/import-ended`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportErrors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The error file (UTF-8 with BOM). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportingPeriods: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriodPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPeriodSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodSchedule"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putPeriodSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeriodSchedulePut"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodSchedule"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/conflict`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).
                 * @example 2024-11
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionCreate"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/period-closed`, `/problems/period-not-started`, `/problems/invalid-transition`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifySubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).
                 * @example 2024-11
                 */
                period: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                agency: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/period-closed`, `/problems/invalid-transition`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).
                 * @example 2024-11
                 */
                period: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                agency: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/period-closed`, `/problems/invalid-transition`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    returnSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).
                 * @example 2024-11
                 */
                period: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                agency: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionReturn"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Submission"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/period-closed`, `/problems/invalid-transition`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeReportingPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).
                 * @example 2024-11
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriod"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/period-closed`, `/problems/period-not-ended`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenReportingPeriod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).
                 * @example 2024-11
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PeriodReopen"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportingPeriod"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/period-not-closed`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeriodAdjustments: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description A reporting period, named by its first month: `YYYY-MM` (e.g. `2024-11`).
                 * @example 2024-11
                 */
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdjustmentPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: {
                /** @description `week`: ISO weeks (Monday first), WIB. */
                interval?: "day" | "week";
                /** @description Default: the period start. A date from 1900-01-01 to 2199-12-31. */
                from?: string;
                /** @description Default: today (WIB), or the target date once it has passed (never before `from`). A date from 1900-01-01 to 2199-12-31. */
                to?: string;
                /** @description Only this agency’s credits (cumulativeCovered then excludes the baseline). */
                agency?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description `agencies`: every party’s standing; `regencies`: newly covered by the NIK’s regency/city code, with the agreement’s area target, gap (target − newly covered), expected by today and pace where one is set (empty cells elsewhere); `series`: newly and cumulatively covered by day or week.
                 * @example agencies
                 */
                table: "agencies" | "regencies" | "series";
                /**
                 * @description `csv`: UTF-8 with a BOM, `;`-delimited, decimal comma (Excel in Indonesian locale); `xlsx`: a workbook.
                 * @example csv
                 */
                format: "csv" | "xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment (`Content-Disposition`). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreated"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/webhook-limit`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/unprocessable`, `/problems/webhook-target-forbidden`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPatch"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is well-formed but cannot be processed. Problem types: `/problems/webhook-target-forbidden`. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedSecret"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 4b7f5c1e-2a9d-4c3e-9f00-0c1d2e3f4a5b */
                id: string;
                /** @example 8c3e0b1a-9d2f-4e5a-b6c7-d8e9f0a1b2c3 */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request conflicts with the current state. Problem types: `/problems/conflict`. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAlerts: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
                /** @description Only this agency’s alerts (agency tokens: their own). */
                agency?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /** @example 2b9c1d7e-3f4a-4b5c-8d6e-7f8091a2b3c4 */
                alertId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertAcknowledgement"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Alert"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/malformed-json`, `/problems/bad-content-length`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource. Problem types: `/problems/not-found`. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request (headers or body) did not arrive within the server’s request timeout; the connection is closed. Problem types: `/problems/request-timeout`. */
            408: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than the route accepts (1 MiB; 16 MiB for a batch). Problem types: `/problems/body-too-large`. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported content type: send `application/json`. Problem types: `/problems/unsupported-media-type`. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Page size (1–1,000, default 100). */
                limit?: number;
                /** @description Opaque cursor from the previous page’s `nextCursor`. */
                cursor?: string;
                /** @description Only entries about this kind of entity. */
                entityType?: string;
                /** @description Only entries about this entity. */
                entityId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`, `/problems/invalid-cursor`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditChain: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, malformed, expired or wrongly signed bearer token. Problem types: `/problems/unauthorized`. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "WWW-Authenticate": components["headers"]["WWWAuthenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token is valid but its role or agency may not do this. Problem types: `/problems/forbidden`. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgencyDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
                /**
                 * @description Short lowercase agency code, e.g. `dinkes`.
                 * @example dinkes
                 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboardIcon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SVG icon. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboardScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ES module. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboardStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stylesheet. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Stable slug, e.g. `jakarta-uc-2024`.
                 * @example jakarta-uc-2024
                 */
                agreementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportPageScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ES module. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportPageStyles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stylesheet. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "text/css": string;
                };
            };
            /** @description The request is malformed or fails validation (`errors` lists each problem). Problem types: `/problems/validation`, `/problems/bad-request`. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests for this caller’s bucket (`RateLimit-*` headers); retry after `Retry-After` seconds. Problem types: `/problems/rate-limited`. */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error. The body says nothing about internals; quote `requestId` when reporting it. Problem types: `about:blank`. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded or its database is unavailable; retry after `Retry-After` seconds. Problem types: `/problems/unavailable`. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    "RateLimit-Limit": components["headers"]["RateLimitLimit"];
                    "RateLimit-Remaining": components["headers"]["RateLimitRemaining"];
                    "RateLimit-Reset": components["headers"]["RateLimitReset"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    onBatchCreated: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "batch.created";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        batchId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        commitmentId: string | null;
                        /** @enum {string} */
                        status: "accepted" | "partially_accepted" | "rejected";
                        /** Format: int64 */
                        received: number;
                        /** Format: int64 */
                        accepted: number;
                        /** Format: int64 */
                        rejected: number;
                        /** @description ISO 8601 time. */
                        createdAt: string;
                        links: {
                            /** @description `GET` it for the batch’s report. */
                            batch: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onBatchVoided: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "batch.voided";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        batchId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /**
                         * Format: int64
                         * @description Workers whose credit the batch held.
                         */
                        released: number;
                        /**
                         * Format: int64
                         * @description Of those, workers credited to another report instead.
                         */
                        fellBack: number;
                        links: {
                            /** @description `GET` it for the batch’s report. */
                            batch: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onImportCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "import.completed";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        importId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        dryRun: boolean;
                        /** Format: int64 */
                        rowsRead: number;
                        /** Format: int64 */
                        received: number;
                        /** Format: int64 */
                        accepted: number;
                        /** Format: int64 */
                        rejected: number;
                        links: {
                            import: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onConfirmationCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "confirmation.completed";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        confirmationBatchId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /** @enum {string} */
                        status: "accepted" | "partially_accepted" | "rejected";
                        /** Format: int64 */
                        received: number;
                        /** Format: int64 */
                        accepted: number;
                        /** Format: int64 */
                        rejected: number;
                        /** Format: int64 */
                        active: number;
                        /** Format: int64 */
                        inactive: number;
                        /** Format: int64 */
                        notFound: number;
                        /** @description The latest register date among its valid records. */
                        asOf: string | null;
                        /** @description ISO 8601 time. */
                        createdAt: string;
                        links: {
                            /** @description `GET` it for the batch’s report. */
                            confirmation: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onImportFailed: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "import.failed";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        importId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /** @description Why, as a code (e.g. `expired`). */
                        error: string | null;
                        links: {
                            import: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onCommitmentSigned: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "commitment.signed";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        commitmentId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /** @enum {string} */
                        kind: "enrollment" | "milestone" | "budget";
                        targetWorkers: number | null;
                        dueDate: string;
                        signedOn: string;
                        links: {
                            commitment: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onMilestoneOverdue: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "milestone.overdue";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        alertId: string;
                        /** Format: uuid */
                        commitmentId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        dueDate: string;
                        links: {
                            commitment: string;
                            alerts: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onAgencyStatusChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "agency.status_changed";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /** @description Null the first time it is evaluated. */
                        from: ("met" | "on_track" | "behind" | "no_commitment") | null;
                        /** @enum {string} */
                        to: "met" | "on_track" | "behind" | "no_commitment";
                        /** Format: int64 */
                        credited: number;
                        /** Format: int64 */
                        committedWorkers: number;
                        links: {
                            summary: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onAgencyProjectedMiss: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "agency.projected_miss";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** Format: uuid */
                        alertId: string;
                        /** Format: uuid */
                        commitmentId: string;
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        dueDate: string;
                        /**
                         * Format: int64
                         * @description Workers to be credited by the due date (this and earlier-due commitments).
                         */
                        cumulativeTarget: number;
                        /** Format: int64 */
                        credited: number;
                        /**
                         * Format: int64
                         * @description Credited on the due date if the pace holds.
                         */
                        projected: number;
                        /** Format: int64 */
                        shortfall: number;
                        pacePerDay: number;
                        /** @description Workers a day needed from today; null after the due date. */
                        requiredPerDay: number | null;
                        links: {
                            alerts: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodSubmitted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "period.submitted";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /** @description The reporting period, e.g. `2024-11`. */
                        period: string;
                        /** @description The submission’s status now. */
                        status: string;
                        links: {
                            submissions: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodVerified: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "period.verified";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /** @description The reporting period, e.g. `2024-11`. */
                        period: string;
                        /** @description The submission’s status now. */
                        status: string;
                        links: {
                            submissions: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodAccepted: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "period.accepted";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description The agency the event is about. */
                        agency: string;
                        /** @description The reporting period, e.g. `2024-11`. */
                        period: string;
                        /** @description The submission’s status now. */
                        status: string;
                        links: {
                            submissions: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onPeriodClosed: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery’s id; the same on every retry. */
                "webhook-id": string;
                /** @description Unix time (seconds) of this attempt. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "period.closed";
                    /** @description When the event happened, ISO 8601. */
                    timestamp: string;
                    data: {
                        /** @description The agreement. */
                        agreementId: string;
                        /** @description None: the period is the agreement’s. */
                        agency: null;
                        period: string;
                        /** Format: int64 */
                        version: number;
                        links: {
                            periods: string;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Received (any 2xx does). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Gone: the service switches the subscription off. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
