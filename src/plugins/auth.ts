import fastifyJwt from '@fastify/jwt';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { Config } from '../config.js';
import { containsNik } from '../domain/nik-text.js';
import { ForbiddenError, UnauthorizedError } from '../errors.js';
import type { Principal, Role } from '../lib/context.js';

/**
 * Bearer-token authentication (docs/domain.md §9). Every route requires a valid token unless its
 * route config says `public: true`; `roles` narrows who may call it. Finer rules (an agency
 * writing only its own data) live in the services, which receive the principal.
 */

const ClaimsSchema = z.discriminatedUnion('role', [
  z.object({ sub: z.string().min(1).max(200), role: z.enum(['admin', 'viewer']) }),
  z.object({ sub: z.string().min(1).max(200), role: z.literal('agency'), agency: z.string().min(1).max(64) }),
]);

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No token needed (health, docs, the dashboard shell). */
    public?: boolean;
    /** Roles allowed to call the route; default: every authenticated role. */
    roles?: readonly Role[];
  }
  interface FastifyRequest {
    principal: Principal;
  }
}

const jwtFailures: Record<string, string> = {
  FST_JWT_NO_AUTHORIZATION_IN_HEADER: 'No bearer token: send `Authorization: Bearer <JWT>`.',
  FST_JWT_BAD_REQUEST: 'The Authorization header is not `Bearer <JWT>`.',
  FST_JWT_AUTHORIZATION_TOKEN_EXPIRED: 'The token has expired.',
  FST_JWT_AUTHORIZATION_TOKEN_INVALID: 'The token is not valid for this service.',
  FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED: 'The token is not valid for this service.',
  FST_JWT_BAD_COOKIE_REQUEST: 'The token is not valid for this service.',
};

/** How far a token's `iat` may be ahead of this server's clock (the issuer's clock may run fast). */
export const CLOCK_SKEW_SECONDS = 60;

/**
 * A token must say when it was issued, not in the future, and live no longer than the configured
 * maximum: a token with `exp` in the year 9999 is as good as a password that never changes.
 * Returns why a verified token's lifetime is refused, or undefined.
 */
export function lifetimeRefusal(payload: { iat?: unknown; exp?: unknown }, maxTtlSeconds: number, nowSeconds: number): string | undefined {
  const { iat, exp } = payload;
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return 'The token lacks a numeric `iat` (issued at) claim.';
  if (iat > nowSeconds + CLOCK_SKEW_SECONDS) return 'The token’s `iat` is in the future.';
  if (typeof exp !== 'number' || exp - iat > maxTtlSeconds) {
    return `The token lives longer than this service accepts (\`exp\` − \`iat\` over ${maxTtlSeconds} seconds).`;
  }
  return undefined;
}

const isStorableClaim = (value: string) => !value.includes('\u0000') && !containsNik(value);

/** Verified Authorization headers kept (the same size as fast-jwt's cache) and for how long at most. */
const VERIFIED_MAX = 1000;
const VERIFIED_TTL_MS = 600_000;

export interface AuthOptions {
  config: Config;
  /** Whether an agency code names an agency (the agencies module's lookup). */
  agencyExists: (code: string) => Promise<boolean>;
}

export const authPlugin = fp<AuthOptions>(
  async (app: FastifyInstance, { config, agencyExists }) => {
    const { jwt } = config;
    await app.register(fastifyJwt, {
      secret: jwt.algorithm === 'HS256' ? jwt.secret : { public: jwt.publicKey as string },
      verify: {
        algorithms: [jwt.algorithm],
        allowedIss: jwt.issuer,
        allowedAud: jwt.audience,
        requiredClaims: ['iss', 'aud', 'exp', 'iat', 'sub', 'role'],
        // A poller sends the same token all day: remember verified tokens (never past their
        // `exp`) instead of recomputing the signature on every request.
        cache: true,
      },
      ...(jwt.algorithm === 'HS256' ? { sign: { algorithm: 'HS256', iss: jwt.issuer, aud: jwt.audience } } : {}),
    });

    // A poller sends the same Authorization header all day. @fastify/jwt's own cache (above)
    // still parses the header, decodes the token, hashes it with SHA-256 and merges its options
    // on every request (~10 µs, a third of the cached summary's time); the principal of a header
    // already verified is kept here, by the header's exact text, until the token's `exp` (and
    // never longer than the library's cache would keep it). Only verified tokens are kept; any
    // other header takes the full path every time.
    const verified = new Map<string, { principal: Principal; until: number }>();
    function remember(header: string, principal: Principal, exp: unknown) {
      if (typeof exp !== 'number') return;
      if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value as string);
      verified.set(header, { principal, until: Math.min(exp * 1000, Date.now() + VERIFIED_TTL_MS) });
    }

    async function authenticate(request: FastifyRequest): Promise<Principal> {
      let payload: unknown;
      try {
        payload = await request.jwtVerify();
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        throw new UnauthorizedError(jwtFailures[code] ?? 'The token is not valid for this service.');
      }
      const refusal = lifetimeRefusal(payload as { iat?: unknown; exp?: unknown }, jwt.maxTtlSeconds, Date.now() / 1000);
      if (refusal) throw new UnauthorizedError(refusal);
      const claims = ClaimsSchema.safeParse(payload);
      if (!claims.success) {
        throw new UnauthorizedError('The token lacks a valid `sub`, `role` or (for role agency) `agency` claim.');
      }
      const principal = Object.freeze(claims.data) as Principal;
      // `sub` and `agency` are stored (audit log, batch and commitment authors) and returned: a
      // NIK in either, in any written form, would reach both. Such a token is refused outright,
      // and the problem names the claim, never its value (docs/domain.md §8). NUL cannot be stored.
      if (!isStorableClaim(principal.sub) || (principal.agency !== undefined && !isStorableClaim(principal.agency))) {
        throw new UnauthorizedError('The token’s `sub` or `agency` claim looks like a NIK or holds a NUL character; identify the user otherwise.');
      }
      if (principal.role === 'agency' && !(await agencyExists(principal.agency))) {
        throw new UnauthorizedError('The token names an agency that does not exist.');
      }
      // Agencies are never deleted: an agency's token verified once stays valid until it expires.
      remember(request.headers.authorization as string, principal, (payload as { exp?: unknown }).exp);
      return principal;
    }

    const forbidden = (request: FastifyRequest, roles: readonly Role[] | undefined) =>
      roles && !roles.includes(request.principal.role)
        ? new ForbiddenError(`Role \`${request.principal.role}\` may not ${request.method} this resource.`)
        : undefined;

    app.decorateRequest('principal', null as never);
    // A callback hook: a known token is answered without a promise.
    app.addHook('onRequest', (request, _reply, done) => {
      const { config: route } = request.routeOptions;
      if (request.is404 || route.public) return done();
      const header = request.headers.authorization;
      const known = header === undefined ? undefined : verified.get(header);
      if (known !== undefined && Date.now() < known.until) {
        request.principal = known.principal;
        return done(forbidden(request, route.roles));
      }
      authenticate(request).then((principal) => {
        request.principal = principal;
        done(forbidden(request, route.roles));
      }, done);
    });
  },
  { name: 'auth', dependencies: ['problems'] },
);
