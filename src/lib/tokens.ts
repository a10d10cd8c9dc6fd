import { createSigner } from 'fast-jwt';
import type { Config } from '../config.js';

export interface TokenClaims {
  sub: string;
  role: 'admin' | 'agency' | 'viewer';
  agency?: string;
  /** A duration such as `8h`, `15m` or `3600` (seconds). */
  ttl?: string;
}

const units: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function ttlToMs(ttl: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(ttl.trim());
  if (!match) throw new Error(`Not a duration: ${ttl} (use e.g. 3600, 15m, 8h, 7d)`);
  return Number(match[1]) * (units[match[2] || 's'] as number);
}

/** Signs an HS256 token the way this service verifies it (issuer, audience, expiry). */
export function signToken(config: Pick<Config, 'jwt'>, claims: TokenClaims): string {
  const sign = createSigner({
    key: config.jwt.secret,
    algorithm: 'HS256',
    iss: config.jwt.issuer,
    aud: config.jwt.audience,
    expiresIn: ttlToMs(claims.ttl ?? '8h'),
  });
  const { ttl: _ttl, ...payload } = claims;
  return sign(payload);
}
