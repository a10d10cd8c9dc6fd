import type { FastifyRequest } from 'fastify';
import { ForbiddenError } from '../errors.js';

export const Roles = ['admin', 'agency', 'viewer'] as const;
export type Role = (typeof Roles)[number];

/** Who is asking, as a verified bearer token says (the auth plugin puts it on the request). */
export type Principal = { sub: string; role: 'admin' | 'viewer'; agency?: undefined } | { sub: string; role: 'agency'; agency: string };

/** Who is asking, and under which request id: what services need for rules and audit. */
export interface RequestContext {
  principal: Principal;
  requestId: string;
}

export function contextOf(request: FastifyRequest): RequestContext {
  return { principal: request.principal, requestId: String(request.id) };
}

export function requireAdmin({ principal }: RequestContext): void {
  if (principal.role !== 'admin') throw new ForbiddenError('Only an admin may do this.');
}

/** Admin, or an agency token acting for itself. */
export function requireActingFor({ principal }: RequestContext, agencyCode: string): void {
  if (principal.role === 'admin') return;
  if (principal.role === 'agency' && principal.agency === agencyCode) return;
  throw new ForbiddenError(
    principal.role === 'agency'
      ? `An agency token for \`${principal.agency}\` may not act for \`${agencyCode}\`.`
      : `Role \`${principal.role}\` may not do this.`,
  );
}
