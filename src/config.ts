// Every setting the product reads, in one place. Twelve-factor: environment variables,
// with development defaults so `npm start` needs none (DESIGN.md, "Configuration names").
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';

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
  /** How long login history is kept, and how much of it per account. */
  history: { retentionDays: number; maxPerTenant: number; unattributedRetentionDays: number };
  /** Support bundles mask personal values (emails, names, addresses) unless 'none'. */
  supportBundleRedaction: 'personal' | 'none';
  /** GraphQL request limits (see src/graphql/limits.ts). */
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; maxBodyBytes: number };
}

/** Every environment variable the product reads. The README's table is generated from this list. */
export const CONFIG_VARIABLES = [
  { name: 'PORT', default: '4000', meaning: 'Control-plane API and sign-in service (`/graphql`, `/login`, `/sso/*`, `/healthz`, `/readyz`).' },
  { name: 'HOST', default: '127.0.0.1', meaning: 'Bind address.' },
  { name: 'PUBLIC_URL', default: 'http://127.0.0.1:4000', meaning: 'The URL users and IdPs reach the service at; the SP URLs derive from it.' },
  { name: 'DATABASE_URL', default: 'file:./data/dev.db', meaning: 'Embedded SQLite file (`file:`) or PostgreSQL (`postgresql://…`).' },
  { name: 'OPERATOR_TOKEN', default: 'generated once into ./data/operator-token and printed by `npm start`', meaning: 'Bootstrap platform-operator API token (required in production if no operator token exists yet).' },
  { name: 'SECRETS_KEY', default: 'generated once into ./data/secrets.key', meaning: '32 bytes (64 hex characters or base64) for AES-256-GCM encryption of secrets at rest. Required when NODE_ENV=production.' },
  { name: 'SANDBOX_PORT', default: '4100', meaning: 'Sandbox IdP port.' },
  { name: 'SANDBOX', default: 'on', meaning: '`off` leaves the sandbox IdP out of `npm start`.' },
  { name: 'NODE_ENV', default: '(unset)', meaning: '`production`: no GraphiQL, no demo data, no generated secrets, no field suggestions in errors.' },
  { name: 'DATA_DIR', default: './data', meaning: 'Folder for development state (SQLite file, generated key and token).' },
  { name: 'MIGRATE_ON_START', default: 'on', meaning: '`off` skips applying migrations at start (run `npm run db:migrate` yourself).' },
  { name: 'SEED_DEMO', default: 'on (development only)', meaning: '`off` skips the demo accounts.' },
  { name: 'METADATA_ALLOW_PRIVATE_NETWORKS', default: 'on outside production, off in production', meaning: 'Whether IdP URLs the server fetches (SAML metadata, OIDC discovery for readiness) may point at loopback or private networks. Link-local (cloud metadata), multicast and reserved addresses are refused either way.' },
  { name: 'TRUST_PROXY_HOPS', default: '0', meaning: 'How many reverse proxies in front of the service append to `X-Forwarded-For`; 0 uses the socket address as the client address (login history, rate limits).' },
  { name: 'ATTEMPT_ABANDON_AFTER_SECONDS', default: '600', meaning: 'A sign-in that has not come back from the IdP after this long is recorded as ABANDONED.' },
  { name: 'SIGNIN_FAILURES_PER_MINUTE', default: '30', meaning: 'Per client address and account: failures beyond this many a minute that continue no sign-in of ours (forged state, junk at the ACS) are counted on the latest similar row (`repeatCount`) instead of each getting a row.' },
  { name: 'SIGNIN_UNATTRIBUTED_PER_MINUTE', default: '300', meaning: 'All addresses together: unattributed failures beyond this many a minute are counted on the latest row with the same code.' },
  { name: 'LOGIN_HISTORY_RETENTION_DAYS', default: '90', meaning: 'Login attempts older than this are deleted by housekeeping.' },
  { name: 'LOGIN_HISTORY_MAX_PER_TENANT', default: '100000', meaning: 'Most login attempts kept per account; housekeeping deletes the oldest beyond it.' },
  { name: 'UNATTRIBUTED_RETENTION_DAYS', default: '7', meaning: 'Attempts no account could be named for (operator-only) are kept this long.' },
  { name: 'SUPPORT_BUNDLE_REDACTION', default: 'personal', meaning: '`personal` masks emails, names, usernames and client addresses in support bundles; `none` keeps them.' },
  { name: 'GRAPHQL_MAX_DEPTH', default: '10', meaning: 'Deepest selection a query may have.' },
  { name: 'GRAPHQL_MAX_COST', default: '50000', meaning: 'Largest query cost (each field 1, connections multiplied by their page size).' },
  { name: 'GRAPHQL_MAX_ALIASES', default: '15', meaning: 'Most aliases in one query.' },
  { name: 'GRAPHQL_MAX_TOKENS', default: '2000', meaning: 'Most tokens in one query document (send bulk data as variables).' },
  { name: 'GRAPHQL_MAX_BODY_BYTES', default: '16777216', meaning: 'Largest request body (a 100,000-row import is about 8 MiB).' },
] as const;

type VariableName = (typeof CONFIG_VARIABLES)[number]['name'];
const defaultOf = (name: VariableName) => CONFIG_VARIABLES.find((v) => v.name === name)!.default;

export function isPostgres(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer`);
  return value;
}

function onOff(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'on') return true;
  if (raw === 'off') return false;
  throw new Error(`${name} must be 'on' or 'off'`);
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

function parseKey(raw: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) throw new Error('SECRETS_KEY must be 32 bytes, as 64 hex characters or base64');
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const port = int(env, 'PORT', Number(defaultOf('PORT')));
  const host = env.HOST || defaultOf('HOST');
  const databaseUrl = env.DATABASE_URL || defaultOf('DATABASE_URL');

  if (production && !env.SECRETS_KEY) throw new Error('SECRETS_KEY is required when NODE_ENV=production');
  const secretsKey = parseKey(env.SECRETS_KEY || developmentSecret(dataDir, 'secrets.key', () => randomBytes(32).toString('hex')));
  const operatorToken = env.OPERATOR_TOKEN || (production ? undefined : developmentSecret(dataDir, 'operator-token', () => `sso_op_${randomBytes(24).toString('base64url')}`));

  return {
    port,
    host,
    publicUrl: (env.PUBLIC_URL || `http://${host}:${port}`).replace(/\/+$/, ''),
    databaseUrl,
    operatorToken,
    secretsKey,
    sandboxPort: int(env, 'SANDBOX_PORT', Number(defaultOf('SANDBOX_PORT'))),
    sandboxEnabled: env.SANDBOX !== 'off',
    dataDir,
    production,
    migrateOnStart: env.MIGRATE_ON_START !== 'off',
    seedDemo: !production && env.SEED_DEMO !== 'off',
    allowPrivateNetworks: onOff(env, 'METADATA_ALLOW_PRIVATE_NETWORKS', !production),
    signIn: {
      abandonAfterMs: int(env, 'ATTEMPT_ABANDON_AFTER_SECONDS', Number(defaultOf('ATTEMPT_ABANDON_AFTER_SECONDS'))) * 1000,
      failuresPerMinutePerAddress: int(env, 'SIGNIN_FAILURES_PER_MINUTE', Number(defaultOf('SIGNIN_FAILURES_PER_MINUTE'))),
      unattributedPerMinute: int(env, 'SIGNIN_UNATTRIBUTED_PER_MINUTE', Number(defaultOf('SIGNIN_UNATTRIBUTED_PER_MINUTE'))),
      trustedProxyHops: int(env, 'TRUST_PROXY_HOPS', Number(defaultOf('TRUST_PROXY_HOPS'))),
    },
    history: {
      retentionDays: int(env, 'LOGIN_HISTORY_RETENTION_DAYS', Number(defaultOf('LOGIN_HISTORY_RETENTION_DAYS'))),
      maxPerTenant: int(env, 'LOGIN_HISTORY_MAX_PER_TENANT', Number(defaultOf('LOGIN_HISTORY_MAX_PER_TENANT'))),
      unattributedRetentionDays: int(env, 'UNATTRIBUTED_RETENTION_DAYS', Number(defaultOf('UNATTRIBUTED_RETENTION_DAYS'))),
    },
    supportBundleRedaction: env.SUPPORT_BUNDLE_REDACTION === 'none' ? 'none' : env.SUPPORT_BUNDLE_REDACTION && env.SUPPORT_BUNDLE_REDACTION !== 'personal' ? (() => { throw new Error("SUPPORT_BUNDLE_REDACTION must be 'personal' or 'none'"); })() : 'personal',
    limits: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', Number(defaultOf('GRAPHQL_MAX_DEPTH'))),
      maxCost: int(env, 'GRAPHQL_MAX_COST', Number(defaultOf('GRAPHQL_MAX_COST'))),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', Number(defaultOf('GRAPHQL_MAX_ALIASES'))),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', Number(defaultOf('GRAPHQL_MAX_TOKENS'))),
      maxBodyBytes: int(env, 'GRAPHQL_MAX_BODY_BYTES', Number(defaultOf('GRAPHQL_MAX_BODY_BYTES'))),
    },
  };
}
