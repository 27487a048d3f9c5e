// R18 (SSRF guard): every server-side request of src/ goes through the guarded client in
// src/net/. This reads the sources of src/ and common/ and lists any other way out: global
// fetch, undici, node:http/https client calls, raw sockets, HTTP client libraries.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

const OUTBOUND: [string, RegExp][] = [
  ['fetch(', /(^|[^\w$.])fetch\s*\(|\.fetch\s*\(/],
  ['globalThis.fetch', /globalThis\s*\.\s*fetch\b/],
  ['undici', /\bundici\b/],
  ['http.request / https.get', /\bhttps?\s*\.\s*(request|get)\s*\(/],
  ['node:http(s) client import', /import\s*\{[^}]*\b(request|get|Agent|ClientRequest)\b[^}]*\}\s*from\s*['"](node:)?https?['"]/],
  ['raw socket', /\b(net|tls)\s*\.\s*(connect|createConnection)\s*\(|import\s*\{[^}]*\b(connect|createConnection)\b[^}]*\}\s*from\s*['"](node:)?(net|tls)['"]/],
  ['HTTP client library', /from\s*['"](node-fetch|cross-fetch|isomorphic-fetch|axios|got|ky|superagent|needle|request)['"]/],
];

/** Request handlers, not outbound calls: exactly these lines may say fetch( outside src/net/. */
const ALLOWED: { file: string; line: string }[] = [
  { file: 'src/http/app.ts', line: "app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, {}));" },
];

function offendersIn(file: string, text: string): string[] {
  if (file.startsWith('src/net/')) return [];
  const found: string[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (/^(\/\/|\*|\/\*)/.test(line)) return; // comments say "fetch" freely
    if (ALLOWED.some((a) => a.file === file && a.line === line)) return;
    for (const [what, pattern] of OUTBOUND) if (pattern.test(line)) found.push(`${file}:${index + 1} (${what}): ${line}`);
  });
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('src', 'db', 'generated') ? [] : sources(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

describe('outbound requests only through src/net/ (R18)', () => {
  it('R18 no source file in src/ or common/ makes a request except through the guarded client', () => {
    const files = [...sources('src'), ...sources('common')];
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) => offendersIn(relative(ROOT, join(ROOT, file)), readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('R18 the scan catches each way out, and allows exactly the listed request handler', () => {
    const samples = [
      "const response = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'error' });",
      'return globalThis.fetch(url);',
      "import { request } from 'undici';",
      'const req = https.request(url, options);',
      "import { request as httpRequest } from 'node:http';",
      "import { get } from 'https';",
      "const socket = net.connect(443, 'idp.example');",
      "import axios from 'axios';",
    ];
    for (const sample of samples) expect(offendersIn('src/domain/sample.ts', sample), sample).not.toEqual([]);
    const handler = ALLOWED[0]!.line;
    expect(offendersIn('src/http/app.ts', `  ${handler}`)).toEqual([]);
    expect(offendersIn('src/http/other.ts', handler)).toHaveLength(1);
    expect(offendersIn('src/http/app.ts', 'const answer = await yoga.fetch(new Request(url));')).toHaveLength(1);
    expect(offendersIn('src/net/pinned-request.ts', "import { request as httpRequest } from 'node:http';")).toEqual([]);
    // Names that merely contain "fetch" are not calls of it.
    expect(offendersIn('src/domain/sample.ts', 'await fetchMetadata(url, options); guardedFetch(url, {}, o); refetch();')).toEqual([]);
  });
});
