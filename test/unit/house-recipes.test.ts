// Keeps the README's architecture recipes true: the files they name exist, and the
// registries they name hold every piece of their kind (a check file nobody runs, a step
// no flow uses, a provider the API does not accept would each be a recipe half followed).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAILURE_CATALOG } from '../../common/failures/catalog.ts';
import { CODE_BEHAVIOURS } from '../../sandbox/scenarios/catalog.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const tsFiles = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts'));

describe('the architecture recipes (README)', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Architecture'), readme.indexOf('## Layout'));

  it('names only files and folders that exist', () => {
    expect(section.length).toBeGreaterThan(500);
    const named = [...section.matchAll(/`((?:src|sandbox|common|scripts|test|prisma|bench)\/[\w./<>-]*|\.dependency-cruiser\.cjs)`/g)].map((m) => m[1]!).filter((p) => !p.includes('<'));
    expect(named.length).toBeGreaterThan(15);
    expect(named.filter((p) => !existsSync(join(ROOT, p)))).toEqual([]);
  });

  it('every readiness check file is run: imported by the readiness index and listed in one of its two check lists', () => {
    const index = read('src/domain/readiness/index.ts');
    const lists = [...index.matchAll(/const (?:DATABASE|NETWORK)_CHECKS = \[([^\]]*)\]/g)].map((m) => m[1]!).join(',');
    const unrun = tsFiles('src/domain/readiness/checks').filter((file) => {
      const imported = new RegExp(`import \\{ (\\w+) \\} from './checks/${file.replace('.', '\\.')}'`).exec(index)?.[1];
      return !imported || !lists.split(',').map((s) => s.trim()).includes(imported);
    });
    expect(unrun).toEqual([]);
  });

  it('every sign-in step file is used by a flow (or by a step a flow uses), and is named after the function it exports', () => {
    const users = [...tsFiles('src/signin/flows').map((f) => read(`src/signin/flows/${f}`)), ...tsFiles('src/signin/steps').map((f) => read(`src/signin/steps/${f}`))].join('\n');
    const unused = tsFiles('src/signin/steps').filter((file) => !users.includes(`/steps/${file}'`) && !users.includes(`'./${file}'`));
    expect(unused).toEqual([]);
    const camel = (file: string) => file.replace(/\.ts$/, '').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
    const misnamed = tsFiles('src/signin/steps').filter((file) => !new RegExp(`export (const|async function|function) ${camel(file)}\\b`).test(read(`src/signin/steps/${file}`)));
    expect(misnamed).toEqual([]);
  });

  it('every provider of the schema is accepted by the API and impersonated by the sandbox', () => {
    const enumBody = /enum Provider \{([^}]*)\}/.exec(read('prisma/schema.prisma'))![1]!;
    const providers = enumBody.split(/\s+/).filter(Boolean);
    const accepted = /const PROVIDERS = \[([^\]]*)\]/.exec(read('src/domain/connections/input.ts'))![1]!.match(/[A-Z]+/g);
    expect(accepted).toEqual(providers);
    const claims = tsFiles('sandbox/oidc/claims').map((f) => f.replace('.ts', ''));
    // Azure AD is Microsoft Entra ID under its older name: the same impersonation.
    expect(providers.filter((p) => !claims.includes((p === 'AZURE' ? 'MICROSOFT' : p).toLowerCase()))).toEqual([]);
  });

  it('every sandbox scenario names a code of the failure catalog', () => {
    expect(Object.keys(CODE_BEHAVIOURS).filter((code) => !(code in FAILURE_CATALOG))).toEqual([]);
  });
});
