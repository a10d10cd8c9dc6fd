import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectRoot } from '../src/lib/paths.js';

type Asserts = Pick<typeof t, 'type' | 'fail'>;

const SECRET = 'a-jwt-secret-that-is-at-least-32-bytes-long';
const PEPPER = 'a-nik-pepper-that-is-at-least-32-bytes-long';
const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://sinergi@db.example:5432/sinergi',
  JWT_SECRET: SECRET,
  NIK_PEPPER: PEPPER,
  IMPORT_ENCRYPTION_KEY: 'an-import-file-key-that-is-at-least-32-bytes',
};

/** The ConfigError loadConfig throws for `env`; fails the test when it does not throw one. */
function configError(t: Asserts, env: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    t.type(error, ConfigError, 'throws a ConfigError');
    return error as ConfigError;
  }
  t.fail('loadConfig accepted the environment');
  return new ConfigError('');
}

t.test('an environment naming only the secrets gets the documented defaults', async (t) => {
  const config = loadConfig({ JWT_SECRET: SECRET, NIK_PEPPER: PEPPER, DATA_DIR: t.testdir() });
  t.equal(config.env, 'development');
  t.equal(config.host, '127.0.0.1');
  t.equal(config.port, 3000);
  t.equal(config.jwt.issuer, 'sinergi');
  t.equal(config.jwt.audience, 'sinergi-api');
  t.equal(config.jwt.algorithm, 'HS256');
  t.equal(config.databaseUrl, undefined, 'no DATABASE_URL means the embedded PGlite');
  t.equal(config.publicSummary, false);
});

t.test('a complete production environment is accepted as given', async (t) => {
  const config = loadConfig(PRODUCTION);
  t.equal(config.env, 'production');
  t.equal(config.databaseUrl, PRODUCTION.DATABASE_URL);
  t.equal(config.jwt.secret, SECRET);
  t.equal(config.nikPepper, PEPPER);
});

t.test('production without DATABASE_URL, JWT_SECRET and NIK_PEPPER names all three', async (t) => {
  const error = configError(t, { NODE_ENV: 'production' });
  t.match(error.message, /DATABASE_URL/);
  t.match(error.message, /JWT_SECRET/);
  t.match(error.message, /NIK_PEPPER/);
});

for (const variable of ['DATABASE_URL', 'JWT_SECRET', 'NIK_PEPPER', 'IMPORT_ENCRYPTION_KEY'] as const) {
  t.test(`production without only ${variable} is refused, naming ${variable} and nothing else`, async (t) => {
    const env: Record<string, string> = { ...PRODUCTION };
    delete env[variable];
    const error = configError(t, env);
    t.match(error.message, variable);
    for (const other of ['DATABASE_URL', 'JWT_SECRET', 'NIK_PEPPER', 'IMPORT_ENCRYPTION_KEY'].filter((v) => v !== variable)) {
      t.notMatch(error.message, other, `does not blame ${other}`);
    }
  });

  t.test(`production with an empty ${variable} is refused like a missing one`, async (t) => {
    const error = configError(t, { ...PRODUCTION, [variable]: '' });
    t.match(error.message, variable);
  });
}

t.test('a JWT_SECRET shorter than 32 bytes is rejected, naming JWT_SECRET', async (t) => {
  for (const env of [{ NODE_ENV: 'test' }, { NODE_ENV: 'production', DATABASE_URL: PRODUCTION.DATABASE_URL }]) {
    const error = configError(t, { ...env, JWT_SECRET: 'x'.repeat(31), NIK_PEPPER: PEPPER });
    t.match(error.message, 'JWT_SECRET');
    t.notMatch(error.message, 'NIK_PEPPER');
  }
});

t.test('secret length is counted in bytes, not characters', async (t) => {
  // 16 two-byte characters are 32 bytes: long enough; 15 are 30 bytes: too short.
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'é'.repeat(16), NIK_PEPPER: PEPPER });
  t.equal(config.jwt.secret, 'é'.repeat(16));
  const error = configError(t, { NODE_ENV: 'test', JWT_SECRET: 'é'.repeat(15), NIK_PEPPER: PEPPER });
  t.match(error.message, 'JWT_SECRET');
});

t.test('a NIK_PEPPER shorter than 32 bytes is rejected, naming NIK_PEPPER', async (t) => {
  const error = configError(t, { NODE_ENV: 'test', JWT_SECRET: SECRET, NIK_PEPPER: 'short' });
  t.match(error.message, 'NIK_PEPPER');
});

t.test('a DATABASE_URL that is not a postgres URL is rejected', async (t) => {
  const error = configError(t, { ...PRODUCTION, DATABASE_URL: 'mysql://db/sinergi' });
  t.match(error.message, 'DATABASE_URL');
});

t.test('in development, missing secrets are generated once into DATA_DIR/secrets.json', async (t) => {
  const dataDir = path.join(t.testdir(), 'data');
  const file = path.join(dataDir, 'secrets.json');
  t.notOk(existsSync(file), 'no secrets file to begin with');

  const first = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
  t.ok(existsSync(file), 'secrets.json is written (DATA_DIR created as needed)');
  t.equal(statSync(file).mode & 0o777, 0o600, 'readable by the owner only');
  t.ok(Buffer.byteLength(first.jwt.secret) >= 32, 'the generated JWT secret is long enough');
  t.ok(Buffer.byteLength(first.nikPepper) >= 32, 'the generated pepper is long enough');
  t.not(first.jwt.secret, first.nikPepper, 'the two secrets differ');
  t.ok(Buffer.byteLength(first.imports.encryptionSecret) >= 32, 'the generated import file key is long enough');
  t.same(JSON.parse(readFileSync(file, 'utf8')), {
    jwtSecret: first.jwt.secret,
    nikPepper: first.nikPepper,
    importKey: first.imports.encryptionSecret,
  });

  const second = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
  t.equal(second.jwt.secret, first.jwt.secret, 'the JWT secret survives a restart');
  t.equal(second.nikPepper, first.nikPepper, 'the pepper survives a restart');
  t.equal(second.imports.encryptionSecret, first.imports.encryptionSecret, 'the import file key survives a restart');
});

t.test('a secrets.json from before import files keeps its secrets and gains the import file key', async (t) => {
  const dataDir = t.testdir({ 'secrets.json': JSON.stringify({ jwtSecret: SECRET, nikPepper: PEPPER }) });
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
  t.equal(config.jwt.secret, SECRET);
  t.equal(config.nikPepper, PEPPER);
  const stored = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'));
  t.same(stored, { jwtSecret: SECRET, nikPepper: PEPPER, importKey: config.imports.encryptionSecret });
});

t.test('in development, a secret given explicitly wins over a generated one', async (t) => {
  const dataDir = t.testdir();
  const generated = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir });
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir, JWT_SECRET: SECRET });
  t.equal(config.jwt.secret, SECRET);
  t.equal(config.nikPepper, generated.nikPepper, 'the missing pepper still comes from secrets.json');
});

t.test('explicit secrets are used as given and no secrets.json is written', async (t) => {
  const dataDir = t.testdir();
  for (const NODE_ENV of ['development', 'test']) {
    const config = loadConfig({
      NODE_ENV,
      DATA_DIR: dataDir,
      JWT_SECRET: SECRET,
      NIK_PEPPER: PEPPER,
      IMPORT_ENCRYPTION_KEY: PRODUCTION.IMPORT_ENCRYPTION_KEY,
    });
    t.equal(config.jwt.secret, SECRET);
    t.equal(config.nikPepper, PEPPER);
  }
  t.notOk(existsSync(path.join(dataDir, 'secrets.json')));
});

t.test('an invalid PORT is a ConfigError naming PORT', async (t) => {
  for (const PORT of ['abc', '70000', '-1', '80.5']) {
    const error = configError(t, { JWT_SECRET: SECRET, NIK_PEPPER: PEPPER, PORT });
    t.match(error.message, 'PORT', `PORT=${PORT}`);
  }
  t.equal(loadConfig({ JWT_SECRET: SECRET, NIK_PEPPER: PEPPER, PORT: '8080' }).port, 8080);
});

t.test('REQUEST_TIMEOUT_MS: 120 s by default, configurable, at least 100 ms', async (t) => {
  t.equal(loadConfig({ JWT_SECRET: SECRET, NIK_PEPPER: PEPPER }).requestTimeoutMs, 120_000);
  t.equal(loadConfig({ JWT_SECRET: SECRET, NIK_PEPPER: PEPPER, REQUEST_TIMEOUT_MS: '5000' }).requestTimeoutMs, 5000);
  for (const REQUEST_TIMEOUT_MS of ['0', '99', 'abc']) {
    t.match(configError(t, { JWT_SECRET: SECRET, NIK_PEPPER: PEPPER, REQUEST_TIMEOUT_MS }).message, 'REQUEST_TIMEOUT_MS');
  }
});

t.test('an unknown NODE_ENV is a ConfigError', async (t) => {
  const error = configError(t, { NODE_ENV: 'staging', JWT_SECRET: SECRET, NIK_PEPPER: PEPPER });
  t.match(error.message, 'NODE_ENV');
});

t.test('production config refusal: the server exits with code 1 naming DATABASE_URL', async (t) => {
  // A clean environment (`env -i`): no secrets, no DATABASE_URL, and none of tap's variables — tap
  // tracks node children it sees spawned and would let this one's coverage replace the test's.
  // A temp data folder, so a server that wrongly started would not touch the project's own.
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE_ENV: 'production', DATA_DIR: t.testdir(), PORT: '0' };
  const child = spawn(
    '/usr/bin/env',
    ['-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), process.execPath, '--import', 'tsx', 'src/server.ts'],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.resume();
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(timer);

  t.equal(code, 1, 'exit code 1');
  t.match(stderr, 'DATABASE_URL', 'stderr names DATABASE_URL');
  t.match(stderr, 'JWT_SECRET');
  t.match(stderr, 'NIK_PEPPER');
});
