/**
 * Prints a bearer token signed with the configured secret, issuer and audience.
 *   npm run token -- --role admin|viewer [--sub NAME] [--ttl 8h]
 *   npm run token -- --role agency --agency dinkes
 * --ttl may not exceed JWT_MAX_TTL (default 24h).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { signToken } from '../src/lib/tokens.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    agency: { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '8h' },
  },
});

const role = values.role;
if (role !== 'admin' && role !== 'viewer' && role !== 'agency') {
  console.error('usage: npm run token -- --role admin|viewer|agency [--agency CODE] [--sub NAME] [--ttl 8h]');
  process.exit(2);
}
if (role === 'agency' && !values.agency) {
  console.error('--role agency needs --agency CODE (e.g. --agency dinkes)');
  process.exit(2);
}

const config = loadConfig();
if (config.jwt.algorithm !== 'HS256') {
  console.error(`JWT_ALGORITHM=${config.jwt.algorithm}: tokens are issued by your identity provider, not by this script.`);
  process.exit(2);
}
try {
  console.log(
    signToken(config, {
      sub: values.sub ?? (role === 'agency' ? `${values.agency}-system` : `${role}@cli`),
      role,
      ...(role === 'agency' ? { agency: values.agency } : {}),
      ttl: values.ttl,
    }),
  );
} catch (error) {
  // A malformed --ttl, or one past JWT_MAX_TTL: the service would refuse such a token.
  console.error((error as Error).message);
  process.exit(2);
}
