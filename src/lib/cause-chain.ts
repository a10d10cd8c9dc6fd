/**
 * An error and the errors behind it, outermost first. A failed query reaches us wrapped: drizzle
 * puts the driver's error in `cause`, and a pool or a transaction may wrap it once more, so the
 * fact that matters (a SQLSTATE, a socket's errno) can sit a few links down. The walk stops after
 * a few links so that a cyclic or absurdly deep chain cannot keep it going.
 */
export function* causeChain(error: unknown, maxDepth = 4): Generator<{ code?: unknown; message?: unknown }> {
  let current: unknown = error;
  for (let depth = 0; depth < maxDepth && current !== null && typeof current === 'object'; depth++) {
    yield current as { code?: unknown; message?: unknown };
    current = (current as { cause?: unknown }).cause;
  }
}

/** The first `code` along the chain that `accept` takes, if any. */
export function codeInCauseChain(error: unknown, accept: (code: string) => boolean): string | undefined {
  for (const { code } of causeChain(error)) {
    if (typeof code === 'string' && accept(code)) return code;
  }
  return undefined;
}
