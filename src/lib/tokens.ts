import { createSigner } from 'fast-jwt';
import { type Config, durationSeconds } from '../config.js';

export interface TokenClaims {
  sub: string;
  role: 'admin' | 'agency' | 'viewer';
  agency?: string;
  /** A duration such as `8h`, `15m` or `3600` (seconds); at most JWT_MAX_TTL. */
  ttl?: string;
}

/**
 * Signs an HS256 token the way this service verifies it (issuer, audience, `iat` and `exp`). A
 * lifetime over the configured maximum is refused here: the service would refuse the token.
 */
export function signToken(config: Pick<Config, 'jwt'>, claims: TokenClaims): string {
  const ttlSeconds = durationSeconds(claims.ttl ?? '8h');
  if (ttlSeconds > config.jwt.maxTtlSeconds) {
    throw new RangeError(`A token lives at most ${config.jwt.maxTtlSeconds} seconds (JWT_MAX_TTL); asked for ${ttlSeconds}.`);
  }
  const sign = createSigner({
    key: config.jwt.secret,
    algorithm: 'HS256',
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    expiresIn: ttlSeconds * 1000,
  });
  const { ttl: _ttl, ...payload } = claims;
  return sign(payload);
}
