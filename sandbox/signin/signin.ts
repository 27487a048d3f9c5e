// One sign-in at the sandbox IdP, whatever the protocol or path (login page or headless):
// find the person, let armed scenarios act, decide access, write Login History.
import type { Directory } from '../directory/directory.ts';
import type { OidcClient, OrgKey, Person } from '../directory/types.ts';
import { decideAccess, recordSignIn } from '../scenarios/access.ts';
import type { Protocol } from '../scenarios/catalog.ts';
import { foldEffects, type SignInEffects } from '../scenarios/effects.ts';
import { chooseOtherOrg, originsOf } from '../scenarios/other-org.ts';
import type { ScenarioRegistry } from '../scenarios/registry.ts';

export interface SignInRequest {
  org: OrgKey;
  hint: string;
  protocol: Protocol;
  /** OIDC: the connected app; its IP-restriction setting applies. */
  client?: OidcClient;
  /** Client id or SP entity id (scenario scope). */
  clientKey?: string;
  application: string;
  sourceIp: string;
  /** SAML: whether a response delivered earlier to this SP for this person can be resent. */
  replayable?: (person: Person) => boolean;
}

export type SignInOutcome =
  | { ok: true; person: Person; fx: SignInEffects }
  | { ok: false; error: 'unknown_person' | 'access_denied'; description: string; person?: Person; fx?: SignInEffects };

export interface SignInDeps {
  directory: Directory;
  scenarios: ScenarioRegistry;
}

export function signIn(deps: SignInDeps, req: SignInRequest): SignInOutcome {
  const person = deps.directory.findPerson(req.org, req.hint);
  if (!person) return { ok: false, error: 'unknown_person', description: `no person "${req.hint}" in ${req.org}` };
  const hit = deps.scenarios.take({ org: req.org, protocol: req.protocol, person, client: req.clientKey, replayable: req.replayable?.(person) ?? false }, 'sign-in');
  const fx = foldEffects(hit);
  // An other-org scenario that names no org: which one depends on where this relying party is registered.
  const otherOrg = fx.otherOrg === 'auto' ? fx.applied.findLast((a) => a.behaviour === 'other-org') : undefined;
  if (otherOrg) {
    const urls = req.client?.redirectUris ?? (req.clientKey ? deps.directory.sp(req.org, req.clientKey)?.acsUrls : undefined) ?? [];
    fx.otherOrg = chooseOtherOrg(deps.directory, otherOrg.code, person.org, originsOf(urls));
  }
  const decision = decideAccess(req.client, fx);
  recordSignIn(deps.directory, { person, application: req.application, protocol: req.protocol, sourceIp: req.sourceIp, decision, fx });
  if (!decision.allowed) return { ok: false, error: 'access_denied', description: decision.description, person, fx };
  return { ok: true, person, fx };
}
