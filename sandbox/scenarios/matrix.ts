// The fidelity matrix: every armable code × impersonated provider × protocol × audience
// the sandbox claims it can stage, derived from the scenario catalog (catalog.ts) and
// the failure catalog's provider field. Each cell says which code a relying party or SP
// must report when the scenario is armed with its defaults, and what fixes it — at the
// IdP (the sandbox admin API) or in the SP's configuration. Cells the sandbox does not
// stage are listed with the reason, so nothing is left to silently produce another code.
// The product's README table and its end-to-end matrix test are generated from here.
import { FAILURE_CATALOG, type FailureCode } from '../../common/failures/catalog.ts';
import type { ProviderKind } from '../directory/types.ts';
import { ARMABLE_CODES, CODE_BEHAVIOURS, expectedCodes, type ArmableCode, type Behaviour, type Protocol } from './catalog.ts';

const MATRIX_PROVIDERS: readonly ProviderKind[] = ['salesforce', 'microsoft', 'okta', 'generic'];
const MATRIX_PROTOCOLS: readonly Protocol[] = ['oidc', 'saml'];
const AUDIENCES = ['user', 'agent'] as const;
type MatrixAudience = (typeof AUDIENCES)[number];

/**
 * What undoes the failure, as the catalog's fix describes it:
 * - `idp`: the IdP is put right (the scenario disarmed: the user signs in to the right org,
 *   the clock is set, the key or audience corrected, the IdP is back);
 * - `relax-ip`: the connected app's IP restrictions relaxed (sandbox admin API);
 * - `identifier-username`: the connection matches users on their username (our API);
 * - `import-metadata`: the IdP renews its certificate and the SP imports its metadata (our API).
 */
type MatrixFix = 'idp' | 'relax-ip' | 'identifier-username' | 'import-metadata';

export interface MatrixCell {
  code: ArmableCode;
  behaviour: Behaviour;
  provider: ProviderKind;
  protocol: Protocol;
  audience: MatrixAudience;
  /** The code the SP must record (the armed one, or the protocol's name for the same fault). */
  expected: FailureCode;
  fix: MatrixFix;
  /** What the scenario is armed for: one person, one connected app (client), or the whole org. */
  scope: MatrixScope;
  /** The person signs in once before arming (a replay needs a response to resend). */
  signInFirst: boolean;
}

type MatrixScope = 'person' | 'client' | 'org';

export interface UnstagedCell {
  code: ArmableCode;
  provider: ProviderKind | '*';
  protocol: Protocol | '*';
  reason: string;
}

/** IP restrictions belong to a connected app; an IdP that is down is down for everyone. */
const SCOPES: Partial<Record<Behaviour, MatrixScope>> = { 'ip-restricted': 'client', down: 'org', slow: 'org' };

const FIXES: Partial<Record<ArmableCode, MatrixFix>> = {
  SALESFORCE_EMAIL_UNVERIFIED: 'identifier-username',
  MICROSOFT_NO_EMAIL: 'identifier-username',
  IDP_IP_RESTRICTED: 'relax-ip',
  SAML_CERTIFICATE_EXPIRED: 'import-metadata',
};

/** Codes staged outside a plain sign-in (npm run scenarios covers them with their own set-up). */
const NOT_A_SIGN_IN: Partial<Record<ArmableCode, string>> = {
  ACCOUNT_SWITCH_ORG_MISMATCH: 'arises when a signed-in person switches accounts, not at sign-in',
};

/** Salesforce connected apps have IP restrictions; the other IdPs' policies say access_denied. */
const PROVIDER_ONLY: Partial<Record<ArmableCode, ProviderKind>> = { IDP_IP_RESTRICTED: 'salesforce' };

function providerOf(code: ArmableCode): ProviderKind | undefined {
  const family = (FAILURE_CATALOG[code] as { provider?: string }).provider;
  if (family === 'SALESFORCE') return 'salesforce';
  if (family === 'MICROSOFT') return 'microsoft';
  return PROVIDER_ONLY[code];
}

export function fidelityMatrix(): { cells: MatrixCell[]; unstaged: UnstagedCell[] } {
  const cells: MatrixCell[] = [];
  const unstaged: UnstagedCell[] = [];
  for (const code of ARMABLE_CODES) {
    if (NOT_A_SIGN_IN[code]) {
      unstaged.push({ code, provider: '*', protocol: '*', reason: NOT_A_SIGN_IN[code]! });
      continue;
    }
    const only = providerOf(code);
    if (only) unstaged.push({ code, provider: '*', protocol: '*', reason: `a ${only} failure: staged for ${only} only` });
    for (const behaviour of CODE_BEHAVIOURS[code] as readonly Behaviour[]) {
      for (const protocol of MATRIX_PROTOCOLS) {
        const expected = expectedCodes(code, behaviour)[protocol];
        // A cell records exactly the code armed; the same fault under the other protocol's
        // name is that code's cell, not this one's.
        if (expected !== code) {
          unstaged.push({ code, provider: '*', protocol, reason: expected
            ? `over ${protocol.toUpperCase()} the ${behaviour} fault is \`${expected}\`: arm that code (behaviour ${behaviour})`
            : `the ${behaviour} behaviour has no ${protocol.toUpperCase()} form` });
          continue;
        }
        for (const provider of only ? [only] : MATRIX_PROVIDERS) {
          for (const audience of AUDIENCES) cells.push({ code, behaviour, provider, protocol, audience, expected, fix: FIXES[code] ?? 'idp', scope: SCOPES[behaviour] ?? 'person', signInFirst: behaviour === 'replay' });
        }
      }
    }
  }
  return { cells, unstaged };
}
