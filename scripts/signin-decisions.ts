// Where each catalog code is decided: every `failSignIn('CODE', …)` (and account-switch
// `refusal(…, 'CODE', …)`) in src/signin and src/domain/signin, read from the source. The
// README's "where each failure is decided" table is generated from it, and a test keeps
// every code the sign-in can produce pointing at a file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FAILURE_CODES, type FailureCode } from '../common/failures/catalog.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const FOLDERS = ['src/signin', 'src/domain/signin'];

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

/** The text of a call's first argument: up to the first comma outside brackets. */
function firstArgument(source: string, from: number): string {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const ch = source[i]!;
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) {
      if (depth === 0) return source.slice(from, i);
      depth--;
    } else if (ch === ',' && depth === 0) return source.slice(from, i);
  }
  return source.slice(from);
}

export function signInDecisions(): Map<FailureCode, string[]> {
  const known = new Set<string>(FAILURE_CODES);
  const out = new Map<FailureCode, string[]>();
  for (const folder of FOLDERS) {
    for (const file of files(join(ROOT, folder))) {
      const source = readFileSync(file, 'utf8');
      const path = relative(ROOT, file);
      const note = (code: string) => {
        if (!known.has(code)) return;
        const list = out.get(code as FailureCode) ?? [];
        if (!list.includes(path)) list.push(path);
        out.set(code as FailureCode, list);
      };
      // The OIDC error classifier returns codes for the steps that call failOidc().
      if (path.startsWith('src/signin/oidc/')) for (const [, code] of source.matchAll(/\bcode: '([A-Z0-9_]+)'/g)) note(code!);
      for (const call of source.matchAll(/\b(?:failSignIn|refusal)\(/g)) {
        let arg = firstArgument(source, call.index + call[0].length);
        if (call[0].startsWith('refusal')) arg = firstArgument(source, call.index + call[0].length + arg.length + 1);
        for (const [, code] of arg.matchAll(/'([A-Z0-9_]+)'/g)) note(code!);
      }
    }
  }
  return out;
}
