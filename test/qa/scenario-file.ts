// The QA scenario file format: what a tester writes to stage one documented failure end
// to end — the sandbox directory, the account and its connection, the scenario to arm,
// who signs in through which URL, the code and message expected, the fix to apply and the
// outcome expected after it. Strings of the arm body, of sandbox calls and of GraphQL
// variables may name this run's values: {tenantId}, {connectionId}, {userId:<username>}
// (GraphQL global ids), {clientId} (what the runner registered at the sandbox for the
// account: its OIDC client id, or its SAML SP entity id) and {sandboxUrl}. One zod schema; the published JSON Schema
// (scenario-file.schema.json, for editors and CI linters) is generated from it.
import { z } from 'zod';

const person = z.object({
  org: z.string().describe('Sandbox org key, e.g. salesforce/00D000000000001AAA or okta/globex.'),
  username: z.string(),
  email: z.string().optional(),
  emailVerified: z.boolean().optional(),
  externalId: z.string().optional(),
  name: z.string().optional(),
  groups: z.array(z.string()).optional(),
}).strict();

const user = z.object({
  username: z.string(),
  email: z.string().optional(),
  externalId: z.string().optional(),
  kind: z.enum(['USER', 'AGENT']).optional(),
}).strict();

const account = z.object({
  accountName: z.string().describe('Unique across the files of one run.'),
  provider: z.enum(['SALESFORCE', 'MICROSOFT', 'OKTA', 'AZURE', 'GENERIC']),
  protocol: z.enum(['OIDC', 'SAML']),
  org: z.string().describe('The sandbox org part: a Salesforce org id, an Entra tenant id, an Okta or generic slug.'),
  identifierField: z.enum(['EMAIL', 'USERNAME', 'EXTERNAL_ID']).optional(),
  salesforceOrgId: z.string().optional(),
  entraTenantId: z.string().optional(),
  entraDomain: z.string().optional(),
  users: z.array(user).min(1),
}).strict();

const fix = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('graphql'),
    description: z.string(),
    query: z.string(),
    variables: z.record(z.string(), z.unknown()).optional().describe('Strings may hold {tenantId}, {connectionId}, {userId:<username>}, {clientId} and {sandboxUrl}.'),
  }).strict(),
  z.object({
    kind: z.literal('sandbox'),
    description: z.string(),
    method: z.enum(['POST', 'PATCH', 'DELETE']),
    path: z.string().describe('A sandbox admin API path, e.g. /admin/people; may hold {clientId}.'),
    body: z.unknown().optional().describe('Strings may hold {clientId} and {sandboxUrl}.'),
  }).strict(),
  z.object({ kind: z.literal('disarm'), description: z.string() }).strict(),
]);

const expectation = z.object({
  code: z.string().describe('The failure-catalog code recorded in login history.'),
  message: z.string().describe('The message the page shows, word for word; {traceId} and {apiUrl} stand for this run\'s values.'),
}).strict();

export const scenarioFile = z.object({
  $schema: z.string().optional(),
  name: z.string(),
  description: z.string().optional(),
  directory: z.object({ people: z.array(person) }).strict().optional().describe('People added to the sandbox before anything else.'),
  otherAccounts: z.array(account).optional().describe('Accounts set up before the one signed in to, e.g. one linked to another Salesforce org (so that org is linked to another account). Their names are unique across the run too.'),
  account,
  signInFirst: z.boolean().optional().describe('Sign in once before arming, expecting success (a replay needs a delivered response to resend).'),
  arm: z.object({ code: z.string() }).catchall(z.unknown()).optional().describe('The body of POST /admin/scenarios (see sandbox/README.md); strings may hold {clientId}.'),
  signIn: z.object({ as: z.string().describe('login_hint: the person\'s username or email at the IdP.'), audience: z.enum(['user', 'agent']).default('user') }).strict(),
  expect: expectation,
  fix: z.union([fix, z.array(fix).min(1)]).optional().describe('One fix, or several applied in order (e.g. disarm, then import the IdP\'s metadata).'),
  afterFix: z.union([z.object({ outcome: z.literal('SUCCESS') }).strict(), expectation]).optional(),
}).strict();

export type ScenarioFile = z.output<typeof scenarioFile>;

/** The published JSON Schema of a scenario file. */
export function scenarioFileJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(scenarioFile, { io: 'input' }), $id: 'https://sso-control-plane.example/schemas/qa-scenario-file.json', title: 'QA scenario file' };
}
