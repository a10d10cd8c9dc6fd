/**
 * Every problem `type` the API returns, as `/problems/<slug>`. Kept in one list so the OpenAPI
 * description documents exactly what the code can produce (a test checks that they agree).
 */
export const problemTypes = {
  validation: 'The request fails validation; `errors` lists each problem with a JSON Pointer.',
  'malformed-json': 'The body is not valid JSON.',
  'body-too-large': 'The body exceeds the route’s size limit.',
  'unsupported-media-type': 'The Content-Type is not accepted by the route.',
  'bad-content-length': 'The body’s length does not match its `Content-Length` header.',
  'bad-request': 'The request is malformed in some other way (see `detail`).',
  'request-timeout': 'The request (headers or body) did not arrive within the server’s request timeout.',
  'invalid-cursor': 'The pagination cursor was not issued by this API.',
  unauthorized: 'Missing, malformed, expired or wrongly signed bearer token.',
  forbidden: 'The token’s role or agency may not do this.',
  'not-found': 'No such resource or route.',
  'method-not-allowed': 'The path exists but not with this method; `Allow` lists those it has.',
  conflict: 'The request conflicts with the current state.',
  'agency-exists': 'An agency with this code already exists.',
  'agreement-exists': 'An agreement with this id already exists.',
  'not-a-party': 'The agency is not a party of the agreement.',
  'party-has-commitments': 'The party still has commitments under the agreement.',
  'lead-exists': 'The agreement already has a lead party.',
  'already-signed': 'The commitment is already signed (active).',
  'commitment-limit': 'The agency already holds the most commitments allowed under the agreement.',
  'webhook-limit': 'The agency (or the admins) already hold the most webhook subscriptions allowed.',
  'due-date-outside-period': 'The commitment’s due date falls outside the agreement’s period.',
  'invalid-period': 'The agreement’s period start is after its target date.',
  'period-excludes-enrollments': 'The new period would leave out enrollments already posted; void their batches first.',
  'period-changed':
    'The agreement’s period or counted segments changed, or one of its reporting periods was closed, while the batch was being checked; send it again.',
  'period-closed':
    'The reporting period is closed: its figures are frozen (a void that would move its credits, a submission change, a second close). An admin reopens it first.',
  'period-not-closed': 'Only a closed reporting period can be reopened.',
  'period-not-ended': 'The reporting period has not ended yet (WIB); it can be closed from the day after its last day.',
  'period-not-started': 'The reporting period has not begun; its reports cannot be submitted as complete yet.',
  'invalid-transition': 'The submission’s state does not allow this move (`currentStatus` names it).',
  'signed-in-future': 'The signing date is after today (WIB).',
  'precondition-failed': 'The `If-Match` version is not the current one.',
  'idempotency-key-missing': 'A batch POST needs an `Idempotency-Key` header.',
  'idempotency-key-in-use': 'A request with this Idempotency-Key is still running; retry shortly.',
  'idempotency-key-reused': 'The Idempotency-Key was used with a different request body.',
  'invalid-commitment': 'The batch’s commitmentId is not an enrollment commitment of its agency under the agreement.',
  'already-voided': 'The batch is already voided.',
  'rate-limited': 'Too many requests for this agency or user; retry after `Retry-After` seconds.',
  unprocessable: 'The request is well-formed but cannot be processed.',
  unavailable: 'The database is unavailable; retry after `Retry-After` seconds.',
  'import-empty': 'The uploaded file is empty.',
  'import-too-large': 'The uploaded file exceeds the import size limit.',
  'import-too-many-rows': 'The uploaded file has more rows than an import may hold.',
  'import-unsupported-file': 'The upload is neither CSV text nor an XLSX workbook, or its content type names the other format.',
  'import-unreadable': 'The file cannot be read as a spreadsheet.',
  'import-header-missing': 'No header row naming the required columns was found; download the template.',
  'import-columns-missing': 'The header row lacks required columns (`missingColumns` names them).',
  'import-in-progress': 'The same file is being imported right now; retry shortly.',
  'import-ended': 'The import has already ended and cannot be cancelled.',
  'webhook-target-forbidden': 'The webhook URL resolves to a loopback, private, link-local or metadata address, which the service does not send to.',
} as const;

export type ProblemSlug = keyof typeof problemTypes;

export const problemCodesDescription = Object.entries(problemTypes)
  .map(([slug, meaning]) => `\`/problems/${slug}\` — ${meaning}`)
  .join('; ');
