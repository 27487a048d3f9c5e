// Writes the README's generated sections from their one source: the failure catalog
// (common/failures/catalog.ts), the sign-in decisions, the readiness findings, the
// fidelity matrix, the public API's IdP-token refusals and the configuration list.
// `--check` exits 1 when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { FAILURE_CATALOG } from '../common/failures/catalog.ts';
import { CONFIG_VARIABLES } from '../src/config.ts';
import { READINESS_FINDINGS } from '../src/domain/readiness/findings.ts';
import { IDP_TOKEN_REFUSALS } from '../src/signin/access-token/refusals.ts';
import { signInDecisions } from './signin-decisions.ts';
import { fidelityMatrix } from '../sandbox/scenarios/matrix.ts';

const file = new URL('../README.md', import.meta.url);
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const decided = signInDecisions();

/** The fidelity matrix, one row per code and protocol (its providers and audiences folded). */
function matrixRows(): string[] {
  const { cells, unstaged } = fidelityMatrix();
  const FIX: Record<string, string> = {
    idp: 'the IdP is put right (disarm)', 'relax-ip': 'relax IP restrictions (sandbox admin API)',
    'identifier-username': 'match on Username (`updateIdpConnection`)', 'import-metadata': 'renewed certificate: disarm, then `importSamlMetadata`',
  };
  const rows = new Map<string, { providers: Set<string>; audiences: Set<string>; c: (typeof cells)[number] }>();
  for (const c of cells) {
    const key = `${c.code} ${c.protocol}`;
    const row = rows.get(key) ?? { providers: new Set(), audiences: new Set(), c };
    row.providers.add(c.provider);
    row.audiences.add(c.audience);
    rows.set(key, row);
  }
  return [
    '| armed code | default behaviour | armed for | protocol | providers | audiences | the SP records | fix |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[...rows.values()].map(({ c, providers, audiences }) =>
      `| \`${c.code}\` | ${c.behaviour} | ${c.scope} | ${c.protocol.toUpperCase()} | ${[...providers].join(', ')} | ${[...audiences].join(', ')} | \`${c.expected}\` | ${FIX[c.fix]} |`),
    '',
    `${cells.length} cells. Not staged:`,
    '',
    ...unstaged.map((u) => `- \`${u.code}\`${u.protocol === '*' ? '' : ` over ${u.protocol.toUpperCase()}`}: ${u.reason}.`),
  ];
}

const sections: Record<string, string> = {
  matrix: matrixRows().join('\n'),
  decisions: [
    '| code | decided in |',
    '| --- | --- |',
    ...Object.keys(FAILURE_CATALOG).map((code) => `| \`${code}\` | ${(decided.get(code as keyof typeof FAILURE_CATALOG) ?? []).map((f) => `\`${f}\``).join(', ') || 'not by the sign-in service (see its cause)'} |`),
  ].join('\n'),
  failures: [
    '| code | requirement | the user sees | cause | fix | what the fix touches |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(FAILURE_CATALOG).map(
      ([code, e]) => `| \`${code}\` | ${e.requirements.join(', ')} | ${cell(e.message)} | ${cell(e.cause)} | ${cell(e.fix)} | ${cell(e.fixTarget)} |`,
    ),
  ].join('\n'),
  readiness: [
    '| finding | severity | requirement | message | fix | what the fix touches |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(READINESS_FINDINGS).map(
      ([code, f]) => `| \`${code}\` | ${f.severity} | ${f.requirements.join(', ')} | ${cell(f.message)} | ${cell(f.fix)} | ${cell(f.fixTarget)} |`,
    ),
  ].join('\n'),
  'api-refusals': [
    '| code | HTTP status | message |',
    '| --- | --- | --- |',
    ...Object.entries(IDP_TOKEN_REFUSALS).map(([code, r]) => `| \`${code}\` | ${r.status} | ${cell(r.message)} |`),
  ].join('\n'),
  configuration: [
    '| variable | default | meaning |',
    '| --- | --- | --- |',
    ...CONFIG_VARIABLES.map((v) => `| \`${v.name}\` | ${cell(v.default)} | ${cell(v.meaning)} |`),
  ].join('\n'),
};

let readme = readFileSync(file, 'utf8');
const original = readme;
for (const [name, body] of Object.entries(sections)) {
  const pattern = new RegExp(`(<!-- BEGIN GENERATED: ${name} [^>]*-->\\n)[\\s\\S]*?(<!-- END GENERATED: ${name} -->)`);
  if (!pattern.test(readme)) throw new Error(`README.md has no generated section "${name}"`);
  readme = readme.replace(pattern, (_, begin: string, end: string) => `${begin}${body}\n${end}`);
}
if (process.argv.includes('--check')) {
  if (readme !== original) {
    console.error('stale: README.md generated sections (run npm run docs)');
    process.exit(1);
  }
} else {
  writeFileSync(file, readme);
}
