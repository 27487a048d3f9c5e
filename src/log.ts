// Structured logs, one JSON object per line. Errors are logged by name and first
// message line only (no stack traces), and anything shaped like an API token or a
// sealed secret is blanked, so a log line can be shared with support as it is.
type Level = 'info' | 'warn' | 'error';

const REDACTIONS: [RegExp, string][] = [
  [/sso_[A-Za-z0-9_-]{8,}/g, 'sso_[redacted]'],
  [/v1\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g, '[sealed]'],
  [/("?(?:client_?secret|clientSecret|password|token)"?\s*[:=]\s*)"[^"]*"/gi, '$1"[redacted]"'],
];

export function redactText(text: string): string {
  return REDACTIONS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** What of an error may be logged: its kind and first line, trimmed and redacted. */
export function describeError(error: unknown): { error: string; message: string } {
  const e = error instanceof Error ? error : new Error(String(error));
  const firstLine = (e.message.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 300);
  return { error: e.name, message: redactText(firstLine) };
}

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Logger {
  const emit = (level: Level, msg: string, fields: Record<string, unknown> = {}) =>
    write(redactText(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })));
  return {
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
