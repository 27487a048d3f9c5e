// The built-in catalog scenarios as QA scenario files: one file per cell of the sandbox's
// fidelity matrix (sandbox/scenarios/matrix.ts), derived here and written to
// test/qa/scenarios/catalog/ by write-catalog-files.ts — never edited by hand
// (`npm run check:generated` fails when they differ). One file per cell rather than per
// code × provider × protocol: the audience is a path of its own (the agent URL, the agent
// ACS, a user of kind AGENT), and a file per cell lets running the files be the matrix's
// end-to-end test instead of a second copy of it (test/e2e/fidelity-matrix.test.ts).
import { FAILURE_CATALOG } from '../../common/failures/catalog.ts';
import type { ProviderKind } from '../../sandbox/directory/types.ts';
import { CODE_BEHAVIOURS } from '../../sandbox/scenarios/catalog.ts';
import { fidelityMatrix, type MatrixCell } from '../../sandbox/scenarios/matrix.ts';
import { scenarioFile, type ScenarioFile } from './scenario-file.ts';

export const CATALOG_DIR = new URL('./scenarios/catalog/', import.meta.url);

const SF1 = '00D000000000001AAA';
const SF2 = '00D000000000002BBB';
const ENTRA = '11111111-2222-4333-8444-555555555555';

type AccountFields = Omit<ScenarioFile['account'], 'accountName' | 'protocol' | 'users' | 'identifierField'>;

/** Per provider: the sandbox org (fixtures, sandbox/fixtures/demo.json) and who signs in for each audience. */
const PROVIDERS: Record<ProviderKind, { orgKey: string; account: AccountFields; user: string; agent: string }> = {
  salesforce: { orgKey: `salesforce/${SF1}`, account: { provider: 'SALESFORCE', org: SF1, salesforceOrgId: SF1 }, user: 'sally@acme.example', agent: 'amy@acme.example' },
  microsoft: { orgKey: `microsoft/${ENTRA}`, account: { provider: 'MICROSOFT', org: ENTRA, entraTenantId: ENTRA, entraDomain: 'contoso.example' }, user: 'megan@contoso.example', agent: 'admin@contoso.example' },
  okta: { orgKey: 'okta/globex', account: { provider: 'OKTA', org: 'globex' }, user: 'hank@globex.example', agent: 'admin@globex.example' },
  generic: { orgKey: 'generic/demo', account: { provider: 'GENERIC', org: 'demo' }, user: 'tess', agent: 'tess' },
};

/** The sandbox org a cell's scenario is armed at. */
export const orgKeyOf = (provider: ProviderKind) => PROVIDERS[provider].orgKey;

/**
 * SALESFORCE_WRONG_ORG presents the person in another org the same platform is registered
 * in, linked to another account (sandbox/scenarios/other-org.ts refuses to arm it when
 * there is none): the file sets that account up first, at the second Salesforce org.
 */
const LINKED_ELSEWHERE: Partial<Record<MatrixCell['code'], { org: string; person: string }>> = {
  SALESFORCE_WRONG_ORG: { org: SF2, person: 'olga@partners.acme.example' },
};

/** Account names are at most 64 characters (src/domain/tenants/input.ts): a longer one is a generator bug, not a cut. */
const named = (name: string) => {
  if (name.length > 64) throw new Error(`${name}: longer than an account name may be (64)`);
  return name;
};

const kebab = (s: string) => s.toLowerCase().replace(/_/g, '-');

/** The file's name, `<code>[.<behaviour>].<provider>.<protocol>.<audience>`: the behaviour only for codes that arm several. */
export function catalogFileName(cell: MatrixCell): string {
  const behaviour = CODE_BEHAVIOURS[cell.code].length > 1 ? `.${cell.behaviour}` : '';
  return `${kebab(cell.code)}${behaviour}.${cell.provider}.${cell.protocol}.${cell.audience}.json`;
}

/** The catalog message as the page shows it: placeholders filled with what this file signs in as; {traceId} stays for the runner. */
function messageFor(cell: MatrixCell, accountName: string, signedInAs: string): string {
  // The sandbox's SHA-1 scenario signs with RSA-SHA1 (xmldsig#rsa-sha1).
  const values: Record<string, string> = { accountName, salesforceUsername: signedInAs, microsoftUsername: signedInAs, algorithm: 'rsa-sha1' };
  return FAILURE_CATALOG[cell.expected].message.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (key === 'traceId') return whole;
    const value = values[key];
    if (value === undefined) throw new Error(`${cell.expected}: no value for {${key}} in a catalog scenario file`);
    return value;
  });
}

const MUTATIONS = {
  updateIdpConnection: 'mutation($input: UpdateIdpConnectionInput!) { updateIdpConnection(input: $input) { userErrors { code message } } }',
  importSamlMetadata: 'mutation($input: ImportSamlMetadataInput!) { importSamlMetadata(input: $input) { userErrors { code message } } }',
};

function fixFor(cell: MatrixCell): NonNullable<ScenarioFile['fix']> {
  const catalogFix = `Catalog fix: ${FAILURE_CATALOG[cell.expected].fix}`;
  const orgKey = orgKeyOf(cell.provider);
  switch (cell.fix) {
    case 'idp': return { kind: 'disarm', description: `The IdP is put right (the scenario disarmed). ${catalogFix}` };
    case 'relax-ip': return {
      kind: 'sandbox', description: `Relax the connected app's IP restrictions (sandbox admin API). ${catalogFix}`,
      method: 'PATCH', path: `/admin/clients/${orgKey}/{clientId}`, body: { ipRestriction: 'relaxed' },
    };
    case 'identifier-username': return {
      kind: 'graphql', description: `Match users on their username instead of their email (updateIdpConnection). ${catalogFix}`,
      query: MUTATIONS.updateIdpConnection, variables: { input: { id: '{connectionId}', identifierField: 'USERNAME' } },
    };
    case 'import-metadata': return [
      { kind: 'disarm', description: 'The IdP renews its signing certificate (the scenario disarmed).' },
      {
        kind: 'graphql', description: `The platform imports the IdP's metadata, with the renewed certificate (importSamlMetadata). ${catalogFix}`,
        query: MUTATIONS.importSamlMetadata, variables: { input: { connectionId: '{connectionId}', url: `{sandboxUrl}/${orgKey}/saml/metadata` } },
      },
    ];
  }
}

/** The scenario file of one matrix cell, in the file's input form (as written to disk). */
function fileFor(cell: MatrixCell): Record<string, unknown> {
  const p = PROVIDERS[cell.provider];
  const slug = catalogFileName(cell).replace(/\.json$/, '').replace(/\./g, '-');
  const accountName = named(`cat-${slug}`);
  const signInAs = cell.audience === 'user' ? p.user : p.agent;
  const email = signInAs.includes('@') ? signInAs : `${signInAs}@${cell.provider}.example`;
  const scope = { person: { person: signInAs }, client: { client: '{clientId}' }, org: {} }[cell.scope];
  const elsewhere = LINKED_ELSEWHERE[cell.code];
  const file = {
    $schema: '../../scenario-file.schema.json',
    name: `${cell.code} (${cell.behaviour}) on ${cell.provider} ${cell.protocol.toUpperCase()}, ${cell.audience} sign-in`,
    description: `Generated from the sandbox fidelity matrix (sandbox/scenarios/matrix.ts) by npm run scenarios:catalog; do not edit. `
      + `Armed with its defaults for ${cell.scope === 'person' ? 'the person' : cell.scope === 'client' ? "the platform's connected app" : 'the whole org'}; the SP records ${cell.expected}.`,
    ...(elsewhere ? {
      otherAccounts: [{
        accountName: named(`${accountName}-partners`), ...p.account, org: elsewhere.org, salesforceOrgId: elsewhere.org, protocol: 'OIDC',
        users: [{ username: elsewhere.person, email: elsewhere.person }],
      }],
    } : {}),
    account: {
      accountName, ...p.account, protocol: cell.protocol.toUpperCase(),
      users: [{ username: signInAs, email, ...(cell.audience === 'agent' ? { kind: 'AGENT' } : {}) }],
    },
    ...(cell.signInFirst ? { signInFirst: true } : {}),
    arm: { code: cell.code, behaviour: cell.behaviour, org: p.orgKey, ...scope },
    signIn: { as: signInAs, audience: cell.audience },
    expect: { code: cell.expected, message: messageFor(cell, accountName, signInAs) },
    fix: fixFor(cell),
    afterFix: { outcome: 'SUCCESS' },
  };
  scenarioFile.parse(file);
  return file;
}

/** Every catalog scenario file: its name and its text, in matrix order. */
export function catalogScenarioFiles(): { name: string; text: string }[] {
  return fidelityMatrix().cells.map((cell) => ({ name: catalogFileName(cell), text: `${JSON.stringify(fileFor(cell), null, 2)}\n` }));
}
