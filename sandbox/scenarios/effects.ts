// Folds the scenarios that hit one sign-in into the effects the protocol code applies.
import type { OrgKey } from '../directory/types.ts';
import type { ArmedScenario } from './registry.ts';

export interface SignInEffects {
  emailUnverified?: boolean;
  noEmail?: boolean;
  /** Present the person as a member of this org (or "another" one of the same provider). */
  otherOrg?: OrgKey | 'auto';
  accessDenied?: boolean;
  skewSeconds?: number;
  signWith?: 'expired' | 'foreign';
  unsigned?: boolean;
  audience?: string;
  /** OIDC: the ID token carries a nonce other than the one the RP sent. */
  wrongNonce?: boolean;
  /** SAML: resend the response last delivered to this SP for this person instead of a new one. */
  replay?: boolean;
  /** SAML: the assertion travels as an EncryptedAssertion (to the SP's encryption certificate, or a stand-in). */
  encrypted?: boolean;
  /** SAML: signed with RSA-SHA1 and SHA-1 digests, as a legacy IdP (AD FS's old default) does. */
  sha1?: boolean;
  /** The scenarios that produced these effects (id, code), for logs and the login page. */
  applied: { id: string; code: string; behaviour: string }[];
}

/**
 * What the sandbox writes into a token or assertion it issues under armed scenarios
 * (claim / attribute `sandbox_scenario`): the codes, so support can tell a staged failure
 * from a real one. Undefined when nothing is armed.
 */
export function scenarioMark(fx: Pick<SignInEffects, 'applied'>): string | undefined {
  return fx.applied.length ? fx.applied.map((a) => a.code).join(',') : undefined;
}

export function foldEffects(hit: ArmedScenario[]): SignInEffects {
  const fx: SignInEffects = { applied: hit.map((s) => ({ id: s.id, code: s.code, behaviour: s.behaviour })) };
  for (const s of hit) {
    switch (s.behaviour) {
      case 'email-unverified': fx.emailUnverified = true; break;
      case 'no-email': fx.noEmail = true; break;
      case 'other-org': fx.otherOrg = s.params.otherOrg ?? 'auto'; break;
      case 'access-denied': fx.accessDenied = true; break;
      case 'clock-skew': fx.skewSeconds = s.params.skewSeconds ?? -3600; break;
      case 'expired-cert': fx.signWith = 'expired'; break;
      case 'wrong-key': fx.signWith = 'foreign'; break;
      case 'unsigned': fx.unsigned = true; break;
      case 'wrong-audience': fx.audience = s.params.audience ?? 'https://sp.elsewhere.example/not-you'; break;
      case 'wrong-nonce': fx.wrongNonce = true; break;
      case 'replay': fx.replay = true; break;
      case 'encrypted': fx.encrypted = true; break;
      case 'sha1': fx.sha1 = true; break;
      default: break;
    }
  }
  return fx;
}
