/**
 * Typed errors thrown by services. The problems plugin maps each to an RFC 9457
 * `application/problem+json` response; nothing else in the code builds error bodies.
 */

export interface ProblemFieldError {
  /** Where the problem is: `body`, `querystring`, `params` or `headers`. */
  in: string;
  /** JSON Pointer into that part of the request, e.g. `/records/3/nik`. */
  pointer: string;
  /** Stable machine-readable code. */
  code: string;
  message: string;
}

export abstract class ProblemError extends Error {
  abstract readonly status: number;
  /** Short slug; the problem `type` is `/problems/<slug>`. */
  abstract readonly slug: string;
  abstract readonly title: string;
  readonly headers: Record<string, string> = {};

  constructor(
    readonly detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class BadRequestError extends ProblemError {
  readonly status = 400;
  readonly slug: string;
  readonly title = 'Bad request';
  constructor(detail: string, slug = 'bad-request', extensions: Record<string, unknown> = {}) {
    super(detail, extensions);
    this.slug = slug;
  }
}

export class ValidationError extends ProblemError {
  readonly status = 400;
  readonly slug = 'validation';
  readonly title = 'The request is not valid';
  constructor(
    detail: string,
    readonly errors: ProblemFieldError[],
  ) {
    super(detail);
  }
}

export class UnauthorizedError extends ProblemError {
  readonly status = 401;
  readonly slug = 'unauthorized';
  readonly title = 'Authentication required';
  override readonly headers = { 'www-authenticate': 'Bearer realm="sinergi"' };
}

export class ForbiddenError extends ProblemError {
  readonly status = 403;
  readonly slug = 'forbidden';
  readonly title = 'Not allowed';
}

export class NotFoundError extends ProblemError {
  readonly status = 404;
  readonly slug = 'not-found';
  readonly title = 'Not found';
}

export class ConflictError extends ProblemError {
  readonly status = 409;
  readonly slug: string;
  readonly title = 'Conflict';
  constructor(detail: string, slug = 'conflict', extensions: Record<string, unknown> = {}) {
    super(detail, extensions);
    this.slug = slug;
  }
}

export class UnprocessableError extends ProblemError {
  readonly status = 422;
  readonly slug: string;
  readonly title = 'Unprocessable request';
  constructor(detail: string, slug = 'unprocessable', extensions: Record<string, unknown> = {}) {
    super(detail, extensions);
    this.slug = slug;
  }
}

export class PreconditionFailedError extends ProblemError {
  readonly status = 412;
  readonly slug = 'precondition-failed';
  readonly title = 'Precondition failed';
}

export class ServiceUnavailableError extends ProblemError {
  readonly status = 503;
  readonly slug = 'unavailable';
  readonly title = 'Service unavailable';
  constructor(detail: string, retryAfterSeconds = 5) {
    super(detail);
    this.headers['retry-after'] = String(retryAfterSeconds);
  }
}

export class RequestTimeoutError extends ProblemError {
  readonly status = 408;
  readonly slug = 'request-timeout';
  readonly title = 'Request timeout';
  // The rest of a slow body is not waited for: the connection is closed after the answer.
  override readonly headers = { connection: 'close' };
}

export class TooManyRequestsError extends ProblemError {
  readonly status = 429;
  readonly slug = 'rate-limited';
  readonly title = 'Too many requests';
  constructor(detail: string, retryAfterSeconds: number) {
    super(detail);
    this.headers['retry-after'] = String(retryAfterSeconds);
  }
}

export class PayloadTooLargeError extends ProblemError {
  readonly status = 413;
  readonly slug: string;
  readonly title = 'Payload too large';
  constructor(detail: string, slug = 'payload-too-large', extensions: Record<string, unknown> = {}) {
    super(detail, extensions);
    this.slug = slug;
  }
}

export class UnsupportedMediaTypeError extends ProblemError {
  readonly status = 415;
  readonly slug: string;
  readonly title = 'Unsupported media type';
  constructor(detail: string, slug = 'unsupported-media-type') {
    super(detail);
    this.slug = slug;
  }
}
