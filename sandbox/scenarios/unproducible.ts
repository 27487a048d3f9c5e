// The catalog codes no sandbox scenario produces, each with the reason, so arming one is
// refused (admin API: 422 SCENARIO_NOT_PRODUCIBLE) instead of arming something that
// would end in another code. Typed over the catalog: a new catalog code fails the
// typecheck until it gets either a behaviour (catalog.ts) or a reason here. Also refused:
// an armable code in a scope where no SP could see it (requireVisibleScope).
import { FAILURE_CATALOG, type FailureCode } from '../../common/failures/catalog.ts';
import type { ProviderKind } from '../directory/types.ts';
import { AVAILABILITY, CODE_BEHAVIOURS, type ArmableCode, type Behaviour } from './catalog.ts';
import { ScenarioRefused } from './refusal.ts';

type UnproducibleKind =
  /** Decided by the platform from its own set-up or URL; no IdP answer causes it. */
  | 'platform-side'
  /** Decided by the SP from the browser's own state; the IdP only echoes what it is given. */
  | 'browser-side'
  /** An IdP could cause it, but the sandbox does not model that behaviour. */
  | 'not-modelled';

export interface Unproducible {
  kind: UnproducibleKind;
  reason: string;
}

const platform = (reason: string): Unproducible => ({ kind: 'platform-side', reason });
const browser = (reason: string): Unproducible => ({ kind: 'browser-side', reason });
const notModelled = (reason: string): Unproducible => ({ kind: 'not-modelled', reason });

export const UNPRODUCIBLE: Record<Exclude<FailureCode, ArmableCode>, Unproducible> = {
  ACCOUNT_PARAMETER_MISSING: platform('decided on the platform\'s login page before any IdP is involved: open /login without ?account='),
  ACCOUNT_UNKNOWN: platform('the login URL names an account the platform does not have; no IdP is involved: open /login?account=NoSuchAccount'),
  LOGIN_URL_INVALID: platform('the platform\'s login-URL check judges a URL an admin gives it; no IdP is involved'),
  SSO_NOT_CONFIGURED: platform('the platform account has no SSO entitlement, connection or switch on; no IdP is asked: disable SSO for the account'),
  ACCOUNT_SWITCH_PROVIDER_MISMATCH: platform('switching between platform accounts configured for different providers; set up the accounts so, no IdP answer is involved'),
  USER_NOT_FOUND: platform('the platform has no user matching the identity; sign in as a person with no platform user (the IdP answer is a normal one)'),
  MULTIPLE_USERS_FOUND: platform('several platform users share the identifier; create duplicates at the platform (the IdP answer is a normal one)'),
  WRONG_SIGN_IN_URL: platform('an agent used the user URL or a user the agent URL; sign in through the other audience (the IdP answer is a normal one)'),
  UNEXPECTED_ERROR: platform('by definition a failure no guide describes; no IdP behaviour is documented to cause it'),
  SSO_COOKIE_MISSING: browser('the browser came back without the platform\'s sign-in cookie; drop the cookie between start and callback'),
  OIDC_STATE_MISMATCH: browser('the RP compares state with what this browser started; the IdP returns the state it was given'),
  SAML_IN_RESPONSE_TO_MISMATCH: browser('the SP compares InResponseTo with this browser\'s pending request; an IdP-initiated sign-in (GET …/saml/idp-initiated) answers no request, which an SP that wants one refuses with this code'),
  SAML_IDP_INITIATED_DISABLED: platform('decided by the connection\'s IdP-initiated setting (off by default); the sandbox\'s IdP-initiated sign-in (GET …/saml/idp-initiated) is a normal unsolicited response, refused with this code while the setting is off'),
  SAML_RECIPIENT_MISMATCH: notModelled('the sandbox always addresses the response (Destination, Recipient) to the ACS it posts to'),
  SAML_ISSUER_MISMATCH: notModelled('the sandbox always names its own entity ID as Issuer; register the connection with another IdP entity ID to see it'),
  SAML_RESPONSE_MALFORMED: notModelled('the sandbox always sends a well-formed SAML 2.0 Response'),
  OIDC_CODE_REJECTED: notModelled('the sandbox\'s token endpoint refuses only genuinely bad codes (reused, expired, wrong verifier or secret): redeem a code twice to see it'),
  OIDC_ISSUER_MISMATCH: notModelled('the sandbox always names its own issuer in the authorization response and the ID token'),
};

/** The impersonated provider a provider-specific catalog code belongs to. */
const PROVIDER_OF: Partial<Record<string, ProviderKind>> = { SALESFORCE: 'salesforce', MICROSOFT: 'microsoft' };

/** Refuses a code that is not armable, or an org of a provider the code cannot concern; returns the armable code. */
export function requireArmable(code: string, orgKey?: string): ArmableCode {
  if (!(code in FAILURE_CATALOG)) {
    throw new ScenarioRefused('UNKNOWN_FAILURE_CODE', code, 'not a code of the failure catalog (GET /admin/scenarios/catalog lists the armable ones)', 400);
  }
  if (!(code in CODE_BEHAVIOURS)) {
    const u = UNPRODUCIBLE[code as Exclude<FailureCode, ArmableCode>];
    throw new ScenarioRefused('SCENARIO_NOT_PRODUCIBLE', code, `${u.kind}: ${u.reason}`);
  }
  const wanted = PROVIDER_OF[(FAILURE_CATALOG[code as FailureCode] as { provider?: string }).provider ?? ''];
  const orgProvider = orgKey?.split('/')[0];
  if (wanted && orgProvider && orgProvider !== wanted) {
    throw new ScenarioRefused('SCENARIO_NOT_PRODUCIBLE', code, `a ${wanted} failure: an SP of a ${orgProvider} org never answers it; arm it at a ${wanted}/… org`);
  }
  return code as ArmableCode;
}

/**
 * An IdP that is down or slow is so for everyone, and an SP finds out before it knows who
 * signs in: it asks the IdP (OIDC discovery, SAML metadata or SSO URL) naming neither the
 * person nor itself. Scoped to one person or one client, the scenario acts only at the
 * authorization / SSO request that names them: the SP's check passes, then the browser
 * ends on the IdP's own error page (down: the SP records nothing) or signs in late (slow:
 * the SP records a success). Neither is IDP_UNAVAILABLE, so arming it so is refused.
 */
export function requireVisibleScope(code: ArmableCode, behaviour: Behaviour, scope: { person?: string; client?: string }): void {
  // Empty strings scope nothing (registry.ts matches on truthy scopes).
  if (!AVAILABILITY.has(behaviour) || (!scope.person && !scope.client)) return;
  const scoped = [scope.person ? 'one person' : '', scope.client ? 'one client' : ''].filter(Boolean).join(' and ');
  const ends = behaviour === 'down'
    ? "then the browser ends on the IdP's own error page and the SP records nothing"
    : 'then the browser signs in late and the SP records a success';
  throw new ScenarioRefused('SCENARIO_NOT_PRODUCIBLE', code,
    `a ${behaviour} IdP is ${behaviour} for everyone; scoped to ${scoped}, it acts only on the browser's authorization / SSO request that names them: `
    + `an SP's own check of the IdP (OIDC discovery, SAML metadata or SSO URL) names neither person nor client and passes, ${ends}, never ${code}. `
    + 'Arm it for an org (org) or for every org (no scope)');
}
