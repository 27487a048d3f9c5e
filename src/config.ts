// Every setting the product reads, parsed and validated in one place. Twelve-factor:
// environment variables, with development defaults so `npm start` needs none. Each
// variable is declared once below (name, default, meaning, zod schema); the README's
// table is generated from that list, and a bad start names every bad variable at once.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

type LogFormat = 'json' | 'pretty';
export type IntrospectionPolicy = 'on' | 'operator' | 'off';

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  /** Bootstrap operator token; undefined when none is configured or generated. */
  operatorToken: string | undefined;
  /** 32-byte key for AES-256-GCM encryption of secrets at rest. */
  secretsKey: Buffer;
  sandboxPort: number;
  sandboxEnabled: boolean;
  /** Folder for development state (SQLite file, generated keys). */
  dataDir: string;
  production: boolean;
  /** Apply pending migrations when the server starts. */
  migrateOnStart: boolean;
  /** Seed the demo accounts (development only). */
  seedDemo: boolean;
  /** May server-side fetches of IdP URLs reach loopback / private networks (SSRF guard)? */
  allowPrivateNetworks: boolean;
  /** Sign-in attempts and login history (src/signin/attempt). */
  signIn: {
    abandonAfterMs: number;
    failuresPerMinutePerAddress: number;
    unattributedPerMinute: number;
    trustedProxyHops: number;
  };
  /** Public API access with the tenant IdP's access tokens (src/signin/access-token). */
  idpTokens: { clockSkewSeconds: number; jwksCooldownMs: number };
  /** How long login history is kept, and how much of it per account. */
  history: { retentionDays: number; maxPerTenant: number; unattributedRetentionDays: number };
  /** Support bundles mask personal values (emails, names, addresses) unless 'none'. */
  supportBundleRedaction: 'personal' | 'none';
  /** GraphQL request limits (see src/graphql/limits.ts). */
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; maxBodyBytes: number };
  /** The GraphiQL page at GET /graphql, and who may introspect the schema. */
  graphql: { graphiql: boolean; introspection: IntrospectionPolicy };
  log: { level: string; format: LogFormat; redactPaths: string[] };
  /** GET /metrics: on the public port behind `token` (when set), or on a port of its own. */
  metrics: { token: string | undefined; port: number | undefined; host: string };
}

const onOff = z.enum(['on', 'off']);
const count = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').nonnegative('must be 0 or more');
const port = z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(0, 'must be a port number').max(65535, 'must be a port number (at most 65535)');
const text = z.string().min(1);

/**
 * Every environment variable the product reads. `default` is what the README shows; a
 * variable left unset (or empty) is parsed as undefined and gets its default in
 * `loadConfig`, which knows the development/production split.
 */
export const CONFIG_VARIABLES = [
  { name: 'PORT', default: '4000', schema: port, meaning: 'Control-plane API and sign-in service (`/graphql`, `/login`, `/sso/*`, `/healthz`, `/readyz`, `/metrics`).' },
  { name: 'HOST', default: '127.0.0.1', schema: text, meaning: 'Bind address.' },
  { name: 'PUBLIC_URL', default: 'http://127.0.0.1:4000 (required, https, in production)', schema: z.url({ protocol: /^https?$/ }), meaning: 'The URL users and IdPs reach the service at; the SP URLs derive from it.' },
  { name: 'DATABASE_URL', default: 'file:./data/dev.db', schema: z.string().regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)'), meaning: 'Embedded SQLite file (`file:`) or PostgreSQL (`postgresql://…`).' },
  { name: 'OPERATOR_TOKEN', default: 'generated once into ./data/operator-token and printed by `npm start`', schema: z.string().min(24, 'must be at least 24 characters'), meaning: 'Bootstrap platform-operator API token (in production: at least 32 characters, not the development one; needed until an operator token exists).' },
  { name: 'SECRETS_KEY', default: 'generated once into ./data/secrets.key', schema: z.string().transform((raw, ctx) => parseKey(raw) ?? (ctx.addIssue('must be 32 bytes, as 64 hex characters or base64'), z.NEVER)), meaning: '32 bytes (64 hex characters or base64) for AES-256-GCM encryption of secrets at rest. Required when NODE_ENV=production, and not the development key.' },
  { name: 'SANDBOX_PORT', default: '4100', schema: port, meaning: 'Sandbox IdP port (`npm start` only; production never starts the sandbox).' },
  { name: 'SANDBOX', default: 'on', schema: onOff, meaning: '`off` leaves the sandbox IdP out of `npm start`.' },
  { name: 'NODE_ENV', default: '(unset)', schema: z.string(), meaning: '`production`: no sandbox, no demo data, no GraphiQL, introspection for operators only, no generated secrets, no field suggestions in errors, JSON logs.' },
  { name: 'DATA_DIR', default: './data', schema: text, meaning: 'Folder for development state (SQLite file, generated key and token).' },
  { name: 'MIGRATE_ON_START', default: 'on', schema: onOff, meaning: '`off` skips applying migrations at start (run `npm run db:migrate` yourself).' },
  { name: 'SEED_DEMO', default: 'on (development only)', schema: onOff, meaning: '`off` skips the demo accounts.' },
  { name: 'METADATA_ALLOW_PRIVATE_NETWORKS', default: 'on outside production, off in production', schema: onOff, meaning: 'Whether IdP URLs the server fetches (SAML metadata, OIDC discovery, JWKS, token endpoints, readiness checks) may point at loopback or private networks. Link-local (cloud metadata), multicast and reserved addresses are refused either way.' },
  { name: 'TRUST_PROXY_HOPS', default: '0', schema: count, meaning: 'How many reverse proxies in front of the service append to `X-Forwarded-For`; 0 uses the socket address as the client address (login history, rate limits).' },
  { name: 'ATTEMPT_ABANDON_AFTER_SECONDS', default: '600', schema: count, meaning: 'A sign-in that has not come back from the IdP after this long is recorded as ABANDONED.' },
  { name: 'SIGNIN_FAILURES_PER_MINUTE', default: '30', schema: count, meaning: 'Per client address and account: failures beyond this many a minute that continue no sign-in of ours (forged state, junk at the ACS) are counted on the latest similar row (`repeatCount`) instead of each getting a row.' },
  { name: 'SIGNIN_UNATTRIBUTED_PER_MINUTE', default: '300', schema: count, meaning: 'All addresses together: unattributed failures beyond this many a minute are counted on the latest row with the same code.' },
  { name: 'IDP_TOKEN_CLOCK_SKEW_SECONDS', default: '60', schema: count.max(300, 'must be at most 300'), meaning: 'Public API access with IdP tokens (R15): how far an access token\'s `exp` and `nbf` may be off our clock and still count.' },
  { name: 'IDP_TOKEN_JWKS_COOLDOWN_SECONDS', default: '30', schema: count, meaning: 'Public API access with IdP tokens: after fetching an IdP\'s JWKS, a token with an unknown `kid` refetches it only once this long has passed (a rotated key verifies after the next fetch; junk kids cannot hammer the IdP).' },
  { name: 'LOGIN_HISTORY_RETENTION_DAYS', default: '90', schema: count, meaning: 'Login attempts older than this are deleted by housekeeping.' },
  { name: 'LOGIN_HISTORY_MAX_PER_TENANT', default: '100000', schema: count, meaning: 'Most login attempts kept per account; housekeeping deletes the oldest beyond it.' },
  { name: 'UNATTRIBUTED_RETENTION_DAYS', default: '7', schema: count, meaning: 'Attempts no account could be named for (operator-only) are kept this long.' },
  { name: 'SUPPORT_BUNDLE_REDACTION', default: 'personal', schema: z.enum(['personal', 'none']), meaning: '`personal` masks emails, names, usernames and client addresses in support bundles; `none` keeps them.' },
  { name: 'GRAPHQL_MAX_DEPTH', default: '10', schema: count, meaning: 'Deepest selection a query may have.' },
  { name: 'GRAPHQL_MAX_COST', default: '50000', schema: count, meaning: 'Largest query cost (each field 1, connections multiplied by their page size).' },
  { name: 'GRAPHQL_MAX_ALIASES', default: '15', schema: count, meaning: 'Most aliases in one query.' },
  { name: 'GRAPHQL_MAX_TOKENS', default: '2000', schema: count, meaning: 'Most tokens in one query document (send bulk data as variables).' },
  { name: 'GRAPHQL_MAX_BODY_BYTES', default: '16777216', schema: count, meaning: 'Largest request body (a 100,000-row import is about 8 MiB).' },
  { name: 'GRAPHIQL', default: 'on outside production, off in production', schema: onOff, meaning: 'The GraphiQL page at `GET /graphql` (served from the installed packages, no CDN).' },
  { name: 'GRAPHQL_INTROSPECTION', default: 'on outside production, operator in production', schema: z.enum(['on', 'operator', 'off']), meaning: 'Who may introspect the schema: everyone, platform operators only, or no one.' },
  { name: 'LOG_LEVEL', default: 'info', schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), meaning: 'Least severe log level written (pino levels; `silent` writes nothing).' },
  { name: 'LOG_FORMAT', default: 'pretty in development on a terminal, json otherwise', schema: z.enum(['json', 'pretty']), meaning: '`json`: one JSON object per line (what production ships); `pretty`: readable lines.' },
  { name: 'LOG_REDACT', default: '(none)', schema: z.string(), meaning: 'Comma-separated extra field paths to blank in log lines (pino paths, e.g. `user.email`), beside the built-in list (secrets, tokens, cookies, authorization headers, SAML and OIDC payloads).' },
  { name: 'METRICS_TOKEN', default: '(unset)', schema: z.string().min(16, 'must be at least 16 characters'), meaning: 'Bearer token for `GET /metrics` on the public port. Unset: open in development; in production /metrics is then only on METRICS_PORT.' },
  { name: 'METRICS_PORT', default: '(unset)', schema: port, meaning: 'Serve `GET /metrics` on a port of its own (bound to METRICS_HOST), without a token.' },
  { name: 'METRICS_HOST', default: '127.0.0.1', schema: text, meaning: 'Bind address of METRICS_PORT.' },
] as const;

type Variables = typeof CONFIG_VARIABLES;
type Parsed = { [V in Variables[number] as V['name']]?: z.output<V['schema']> };

/** Every configuration problem at once, one line each, naming the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function parseKey(raw: string): Buffer | undefined {
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  return key.length === 32 ? key : undefined;
}

/** Reads a development secret from the data folder, creating it on first use. */
function developmentSecret(dataDir: string, file: string, make: () => string): string {
  const path = resolve(dataDir, file);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dirname(path), { recursive: true });
  const value = make();
  writeFileSync(path, `${value}\n`, { mode: 0o600 });
  return value;
}

/** A development secret that exists on disk (never created here). */
function existingDevelopmentSecret(dataDir: string, file: string): string | undefined {
  const path = resolve(dataDir, file);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}

function parseVariables(env: NodeJS.ProcessEnv, problems: string[]): Parsed {
  const parsed: Record<string, unknown> = {};
  for (const variable of CONFIG_VARIABLES) {
    const raw = env[variable.name]?.trim();
    if (raw === undefined || raw === '') continue;
    const result = (variable.schema as z.ZodType).safeParse(variable.schema === onOff ? raw.toLowerCase() : raw);
    if (result.success) parsed[variable.name] = result.data;
    else problems.push(`${variable.name}: ${result.error.issues.map((i) => i.message).join('; ')} (got ${JSON.stringify(variable.name.includes('TOKEN') || variable.name.includes('KEY') ? '[hidden]' : raw)})`);
  }
  return parsed as Parsed;
}

/** What production refuses: development secrets, and public URLs that are not https. */
function productionProblems(v: Parsed, dataDir: string): string[] {
  const problems: string[] = [];
  if (!v.PUBLIC_URL) problems.push('PUBLIC_URL: required when NODE_ENV=production (the https URL users and IdPs reach the service at)');
  else if (!v.PUBLIC_URL.startsWith('https://')) problems.push(`PUBLIC_URL: must be https:// when NODE_ENV=production (got ${v.PUBLIC_URL})`);
  if (!v.SECRETS_KEY) problems.push('SECRETS_KEY: required when NODE_ENV=production (32 random bytes; `openssl rand -hex 32`)');
  else {
    const devKey = existingDevelopmentSecret(dataDir, 'secrets.key');
    if (devKey && parseKey(devKey)?.equals(v.SECRETS_KEY)) problems.push(`SECRETS_KEY: is the development key from ${dataDir}/secrets.key; generate a new one for production`);
    else if (new Set(v.SECRETS_KEY).size < 8) problems.push('SECRETS_KEY: is not random (fewer than 8 distinct bytes); generate one with `openssl rand -hex 32`');
  }
  if (v.OPERATOR_TOKEN) {
    if (v.OPERATOR_TOKEN === existingDevelopmentSecret(dataDir, 'operator-token')) problems.push(`OPERATOR_TOKEN: is the development token from ${dataDir}/operator-token`);
    else if (v.OPERATOR_TOKEN.length < 32) problems.push('OPERATOR_TOKEN: must be at least 32 characters when NODE_ENV=production');
  }
  if (v.SANDBOX === 'on') problems.push('SANDBOX: the sandbox IdP never runs in production; unset SANDBOX');
  if (v.SEED_DEMO === 'on') problems.push('SEED_DEMO: demo data is never seeded in production; unset SEED_DEMO');
  return problems;
}

/** Parses and validates the environment; throws one ConfigError naming every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const v = parseVariables(env, problems);
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(v.DATA_DIR ?? './data');
  if (production) problems.push(...productionProblems(v, dataDir));
  if (problems.length) throw new ConfigError(problems);

  const port = v.PORT ?? 4000;
  const host = v.HOST ?? '127.0.0.1';
  const secretsKey = v.SECRETS_KEY ?? parseKey(developmentSecret(dataDir, 'secrets.key', () => randomBytes(32).toString('hex')))!;
  const operatorToken = v.OPERATOR_TOKEN ?? (production ? undefined : developmentSecret(dataDir, 'operator-token', () => `sso_op_${randomBytes(24).toString('base64url')}`));
  const prettyByDefault = !production && Boolean(process.stdout.isTTY);

  return {
    port,
    host,
    publicUrl: (v.PUBLIC_URL ?? `http://${host}:${port}`).replace(/\/+$/, ''),
    databaseUrl: v.DATABASE_URL ?? 'file:./data/dev.db',
    operatorToken,
    secretsKey,
    sandboxPort: v.SANDBOX_PORT ?? 4100,
    sandboxEnabled: !production && v.SANDBOX !== 'off',
    dataDir,
    production,
    migrateOnStart: v.MIGRATE_ON_START !== 'off',
    seedDemo: !production && v.SEED_DEMO !== 'off',
    allowPrivateNetworks: (v.METADATA_ALLOW_PRIVATE_NETWORKS ?? (production ? 'off' : 'on')) === 'on',
    signIn: {
      abandonAfterMs: (v.ATTEMPT_ABANDON_AFTER_SECONDS ?? 600) * 1000,
      failuresPerMinutePerAddress: v.SIGNIN_FAILURES_PER_MINUTE ?? 30,
      unattributedPerMinute: v.SIGNIN_UNATTRIBUTED_PER_MINUTE ?? 300,
      trustedProxyHops: v.TRUST_PROXY_HOPS ?? 0,
    },
    idpTokens: {
      clockSkewSeconds: v.IDP_TOKEN_CLOCK_SKEW_SECONDS ?? 60,
      jwksCooldownMs: (v.IDP_TOKEN_JWKS_COOLDOWN_SECONDS ?? 30) * 1000,
    },
    history: {
      retentionDays: v.LOGIN_HISTORY_RETENTION_DAYS ?? 90,
      maxPerTenant: v.LOGIN_HISTORY_MAX_PER_TENANT ?? 100_000,
      unattributedRetentionDays: v.UNATTRIBUTED_RETENTION_DAYS ?? 7,
    },
    supportBundleRedaction: v.SUPPORT_BUNDLE_REDACTION ?? 'personal',
    limits: {
      maxDepth: v.GRAPHQL_MAX_DEPTH ?? 10,
      maxCost: v.GRAPHQL_MAX_COST ?? 50_000,
      maxAliases: v.GRAPHQL_MAX_ALIASES ?? 15,
      maxTokens: v.GRAPHQL_MAX_TOKENS ?? 2000,
      maxBodyBytes: v.GRAPHQL_MAX_BODY_BYTES ?? 16 * 1024 * 1024,
    },
    graphql: {
      graphiql: (v.GRAPHIQL ?? (production ? 'off' : 'on')) === 'on',
      introspection: v.GRAPHQL_INTROSPECTION ?? (production ? 'operator' : 'on'),
    },
    log: {
      level: v.LOG_LEVEL ?? 'info',
      format: v.LOG_FORMAT ?? (prettyByDefault ? 'pretty' : 'json'),
      redactPaths: (v.LOG_REDACT ?? '').split(',').map((p) => p.trim()).filter(Boolean),
    },
    metrics: { token: v.METRICS_TOKEN, port: v.METRICS_PORT, host: v.METRICS_HOST ?? '127.0.0.1' },
  };
}

