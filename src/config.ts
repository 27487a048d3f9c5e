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
  /** GraphQL request limits (see src/graphql/limits.ts). */
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; maxBodyBytes: number };
}

export const DEFAULTS = {
  PORT: '4000',
  HOST: '127.0.0.1',
  DATABASE_URL: 'file:./data/dev.db',
  SANDBOX_PORT: '4100',
} as const;

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
  const port = int(env, 'PORT', Number(DEFAULTS.PORT));
  const host = env.HOST || DEFAULTS.HOST;
  const databaseUrl = env.DATABASE_URL || DEFAULTS.DATABASE_URL;

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
    sandboxPort: int(env, 'SANDBOX_PORT', Number(DEFAULTS.SANDBOX_PORT)),
    sandboxEnabled: env.SANDBOX !== 'off',
    dataDir,
    production,
    limits: {
      maxDepth: int(env, 'GRAPHQL_MAX_DEPTH', 10),
      maxCost: int(env, 'GRAPHQL_MAX_COST', 50_000),
      maxAliases: int(env, 'GRAPHQL_MAX_ALIASES', 15),
      maxTokens: int(env, 'GRAPHQL_MAX_TOKENS', 2_000),
      maxBodyBytes: int(env, 'GRAPHQL_MAX_BODY_BYTES', 16 * 1024 * 1024),
    },
  };
}
