// Structured logs with pino: one JSON object per line in production (readable lines in
// development on a terminal). Redaction happens twice, because a secret can arrive in two
// shapes: as a field (pino's `redact` blanks the named paths: secrets, tokens, cookies,
// authorization headers, SAML and OIDC payloads, plus LOG_REDACT), and inside text (an
// error message quoting a token: every written line passes through `redactText`). Errors
// are logged by name and first message line only, never with a stack trace.
import { pino, type Logger as PinoLogger, type LoggerOptions } from 'pino';

export type Logger = PinoLogger;

const TEXT_REDACTIONS: [RegExp, string][] = [
  [/sso_[A-Za-z0-9_-]{8,}/g, 'sso_[redacted]'],
  // A JWT (an IdP access or ID token): its header starts "eyJ" ('{"' in base64url).
  [/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, '[jwt]'],
  [/v1\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g, '[sealed]'],
  [/(\\?"?(?:client_?secret|clientSecret|password|token)\\?"?\s*[:=]\s*)\\?"[^"\\]*\\?"/gi, '$1"[redacted]"'],
];

/** Blanks API tokens, sealed secrets and `secret: "…"` pairs inside free text. */
function redactText(text: string): string {
  return TEXT_REDACTIONS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** Field names never written with their value, at the top level or one level down. */
const SENSITIVE_FIELDS = [
  'password', 'secret', 'clientSecret', 'client_secret', 'token', 'accessToken', 'access_token', 'idToken', 'id_token',
  'refreshToken', 'refresh_token', 'code_verifier', 'cookie', 'cookies', 'authorization', 'SAMLResponse',
  'samlResponse', 'assertion', 'privateKey', 'signingKey', 'ticket',
];

function redactPaths(extra: readonly string[] = []): string[] {
  return [...SENSITIVE_FIELDS.flatMap((f) => [f, `*.${f}`]), 'headers.cookie', 'headers.authorization', 'headers["set-cookie"]', ...extra];
}

/** What of an error may be logged: its kind and first line, trimmed and redacted. */
export function describeError(error: unknown): { error: string; message: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  const firstLine = (e.message.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 300);
  return { error: e.name, message: redactText(firstLine) };
}

export interface LogSettings {
  level?: string;
  format?: 'json' | 'pretty';
  redactPaths?: readonly string[];
  /** Where lines go (tests capture them); default stdout. */
  write?: (line: string) => void;
  /** Or a file to append to (benchmarks). */
  file?: string;
}

export function createLogger(settings: LogSettings = {}): Logger {
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    base: undefined,
    messageKey: 'msg',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: redactPaths(settings.redactPaths), censor: '[redacted]' },
    hooks: { streamWrite: redactText },
  };
  if (settings.write) {
    const write = settings.write;
    return pino(options, { write: (chunk: string) => write(chunk.replace(/\n$/, '')) });
  }
  if (settings.format === 'pretty') {
    return pino({ ...options, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } });
  }
  return pino(options, pino.destination({ dest: settings.file ?? 1, sync: true }));
}

export const silentLogger: Logger = pino({ level: 'silent' });
