import { createHash } from 'node:crypto';

/**
 * The audit trail's hash chain (docs/domain.md §9), as pure functions.
 *
 * Audit rows are kept in chains, one per stream of writers: the rows about one agency (`agency:<code>`)
 * and the rest (`global`). Each row carries its position in its chain (`chainSeq`, from 1), the
 * hash of the row before it (`prevHash`; 32 zero bytes for the first) and its own hash, SHA-256 of
 * its content and `prevHash`. So a row edited after the fact no longer matches its hash, a
 * row deleted leaves a gap in the positions and a link that points at nothing, and a chain cut
 * short no longer ends where its head (the stored length and last hash) says. One chain per
 * agency means two agencies' batches never wait for each other to append: each locks only its
 * own chain's head.
 */

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers. */
export interface ChainedContent {
  chain: string;
  chainSeq: number;
  at: Date;
  actorSub: string;
  actorRole: string;
  actorAgency: string | null;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string;
  details: unknown;
}

/** The chain an entry belongs to: the agency it is about (or its actor's), else `global`. */
export function chainOf(actorAgency: string | null | undefined, details: Record<string, unknown> | undefined): string {
  const agency = typeof details?.agency === 'string' ? details.agency : actorAgency;
  return agency ? `agency:${agency}` : 'global';
}

/**
 * JSON with object keys sorted at every depth: the same value always gives the same text, as it
 * must when `details` comes back from a jsonb column (which reorders keys).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 (hex) of a row's content and the previous row's hash. */
export function rowHash(content: ChainedContent, prevHashHex: string): string {
  // Through JSON first: what is stored in jsonb is what JSON.stringify makes of the value.
  const details = content.details === undefined ? null : JSON.parse(JSON.stringify(content.details));
  const text = canonicalJson([
    1,
    content.chain,
    content.chainSeq,
    content.at.toISOString(),
    content.actorSub,
    content.actorRole,
    content.actorAgency,
    content.action,
    content.entityType,
    content.entityId,
    content.requestId,
    details,
    prevHashHex,
  ]);
  return createHash('sha256').update(text).digest('hex');
}

export type ChainProblem = 'content-changed' | 'link-broken' | 'rows-missing' | 'head-mismatch';

export interface ChainBreak {
  chain: string;
  /** The position at which the chain breaks. */
  chainSeq: number;
  /** The row at that position, or null when it is missing. */
  id: number | null;
  problem: ChainProblem;
}

/** A stored row as the verifier reads it. */
export interface StoredChainRow extends ChainedContent {
  id: number;
  prevHash: string;
  hash: string;
}

/**
 * Walks one chain's rows (in `chainSeq` order, given in pages) and reports each broken link.
 * `state` carries the last position and hash from one page to the next.
 */
export function checkChainRows(rows: readonly StoredChainRow[], state: { seq: number; hash: string }, breaks: ChainBreak[]): void {
  for (const row of rows) {
    if (row.chainSeq !== state.seq + 1) {
      breaks.push({ chain: row.chain, chainSeq: state.seq + 1, id: null, problem: 'rows-missing' });
    } else if (row.prevHash !== state.hash) {
      breaks.push({ chain: row.chain, chainSeq: row.chainSeq, id: row.id, problem: 'link-broken' });
    }
    if (rowHash(row, row.prevHash) !== row.hash) {
      breaks.push({ chain: row.chain, chainSeq: row.chainSeq, id: row.id, problem: 'content-changed' });
    }
    state.seq = row.chainSeq;
    state.hash = row.hash;
  }
}
