// Armed scenarios of one sandbox instance: arm by failure code, scope (everyone, one
// org, one person, one client/SP), once or until cleared. Sign-in code asks `take()` at
// the moment a behaviour can act; "once" scenarios are spent there.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FailureCode } from '../../common/failures/catalog.ts';
import type { Directory } from '../directory/directory.ts';
import { DirectoryError } from '../directory/directory.ts';
import type { OrgKey, Person } from '../directory/types.ts';
import { ScenarioRefused } from './refusal.ts';
import { requireArmable, requireVisibleScope } from './unproducible.ts';
import {
  ARMABLE_CODES, AVAILABILITY, BEHAVIOURS, CHANNELS, CODE_BEHAVIOURS, SLOW_DEFAULT_MS, expectedCodes, type ArmableCode, type Behaviour, type Channel, type Protocol,
} from './catalog.ts';
import { homesInScope, otherOrgRefusal } from './other-org.ts';

const armSchema = z.object({
  code: z.enum(ARMABLE_CODES as [ArmableCode, ...ArmableCode[]]),
  behaviour: z.enum(BEHAVIOURS).optional(),
  /** Scope: none of org/person/client = every org of the sandbox. */
  org: z.string().optional(),
  person: z.string().optional(),
  client: z.string().optional(),
  once: z.boolean().default(false),
  skewSeconds: z.number().int().optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  status: z.number().int().min(500).max(599).optional(),
  /** down / slow: only the front channel (the browser's requests) or only the back channel (the SP's own). */
  channel: z.enum(CHANNELS).optional(),
  otherOrg: z.string().optional(),
  audience: z.string().optional(),
});

export interface ArmedScenario {
  id: string;
  code: ArmableCode;
  behaviour: Behaviour;
  scope: { org?: OrgKey; person?: string; client?: string };
  once: boolean;
  params: { skewSeconds?: number; delayMs?: number; status?: number; otherOrg?: OrgKey; audience?: string; channel?: Channel };
  /** The failure code the SP should report, per protocol. */
  expected: Partial<Record<Protocol, FailureCode>>;
  /** ip-restricted: the connected apps whose IP restrictions it enforced. */
  apps?: { org: OrgKey; clientId: string }[];
  armedAt: string;
  hits: number;
}

export interface TakeContext {
  org: OrgKey;
  protocol: Protocol;
  person?: Person;
  /** A login hint, when the person is not resolved yet (availability checks). */
  hint?: string;
  /** OIDC client id or SAML SP entity id. */
  client?: string;
  /** SAML: an earlier response to this SP for this person exists to be replayed. */
  replayable?: boolean;
  /** Availability checks: which channel the request is on (a scenario without one acts on both). */
  channel?: Channel;
}

/** What the replay scenario can resend: the responses delivered so far (saml/deliveries.ts). */
export interface DeliveredResponses {
  list(): { org: OrgKey; spEntityId: string; personId: string }[];
}

export class ScenarioRegistry {
  private armed: ArmedScenario[] = [];

  constructor(private directory: Directory, private delivered?: DeliveredResponses) {}

  list(): ArmedScenario[] {
    return [...this.armed];
  }

  reset(): void {
    this.armed = [];
  }

  arm(input: unknown): ArmedScenario {
    const asked = input as { code?: unknown; org?: unknown } | null;
    // A code no behaviour produces is refused with the reason, before any other check.
    if (typeof asked?.code === 'string') requireArmable(asked.code, typeof asked.org === 'string' ? asked.org : undefined);
    const a = armSchema.parse(input);
    const allowed: readonly Behaviour[] = CODE_BEHAVIOURS[a.code];
    const behaviour = a.behaviour ?? allowed[0]!;
    if (!allowed.includes(behaviour)) throw new DirectoryError(`${a.code} arms ${allowed.join(' or ')}, not ${behaviour}`);
    if (a.channel && !AVAILABILITY.has(behaviour)) throw new DirectoryError(`channel applies to down and slow only, not ${behaviour}`);
    requireVisibleScope(a.code, behaviour, a);
    if (a.org) this.directory.requireOrg(a.org);
    if (a.otherOrg) this.directory.requireOrg(a.otherOrg);
    const refusal = behaviour === 'other-org' && !a.otherOrg ? otherOrgRefusal(this.directory, a.code, homesInScope(this.directory, a)) : undefined;
    if (refusal) throw new DirectoryError(refusal, 409);
    const scenario: ArmedScenario = {
      id: randomUUID(),
      code: a.code,
      behaviour,
      scope: { org: a.org, person: a.person?.toLowerCase(), client: a.client },
      once: a.once,
      params: { skewSeconds: a.skewSeconds, delayMs: a.delayMs, status: a.status, otherOrg: a.otherOrg, audience: a.audience, channel: a.channel },
      expected: expectedCodes(a.code, behaviour, a.channel),
      armedAt: new Date().toISOString(),
      hits: 0,
    };
    if (behaviour === 'clock-skew' && scenario.params.skewSeconds === undefined) scenario.params.skewSeconds = -3600;
    if (behaviour === 'slow' && scenario.params.delayMs === undefined) scenario.params.delayMs = SLOW_DEFAULT_MS;
    if (behaviour === 'down' && scenario.params.status === undefined) scenario.params.status = 503;
    if (behaviour === 'ip-restricted') this.enforceIpRestriction(scenario);
    if (behaviour === 'replay') this.requireSomethingToReplay(scenario);
    this.armed.push(scenario);
    return scenario;
  }

  /** IP restriction is the connected app's setting: arming enforces it on the apps in scope. */
  private enforceIpRestriction(scenario: ArmedScenario): void {
    if (scenario.scope.person) throw new DirectoryError('IDP_IP_RESTRICTED is a connected-app setting: scope it with org and/or client, not person');
    const apps = this.directory.listClients(scenario.scope.org)
      .filter((c) => !scenario.scope.client || c.clientId === scenario.scope.client);
    if (!apps.length) throw new DirectoryError('no connected app matches the scope', 404);
    for (const app of apps) this.directory.updateClient(app.org, app.clientId, { ipRestriction: 'enforced' });
    scenario.once = false;
    scenario.apps = apps.map((a) => ({ org: a.org, clientId: a.clientId }));
  }

  /**
   * A replay resends a response already delivered: refused while nothing in scope was
   * delivered, rather than armed to pass sign-ins through untouched.
   */
  private requireSomethingToReplay(scenario: ArmedScenario): void {
    const { org, person, client } = scenario.scope;
    const found = (this.delivered?.list() ?? []).some((d) => {
      if (org && d.org !== org) return false;
      if (client && d.spEntityId !== client) return false;
      if (!person) return true;
      const p = this.directory.person(d.personId);
      return [p?.id, p?.username, p?.email].some((v) => v?.toLowerCase() === person);
    });
    if (!found) {
      throw new ScenarioRefused('SCENARIO_NOTHING_TO_REPLAY', scenario.code,
        'no SAML response has been delivered in this scope yet, so there is none to replay: sign in once over SAML (same SP and person), then arm it');
    }
  }

  clear(id?: string): number {
    const gone = id ? this.armed.filter((s) => s.id === id) : this.armed;
    for (const s of gone) for (const app of s.apps ?? []) {
      if (this.directory.client(app.org, app.clientId)) this.directory.updateClient(app.org, app.clientId, { ipRestriction: 'relaxed' });
    }
    const before = this.armed.length;
    this.armed = id ? this.armed.filter((s) => s.id !== id) : [];
    return before - this.armed.length;
  }

  /** The admin relaxed a connected app: the IP-restriction scenarios lose that app. */
  appRelaxed(org: OrgKey, clientId: string): void {
    for (const s of this.armed) if (s.apps) s.apps = s.apps.filter((a) => !(a.org === org && a.clientId === clientId));
    this.armed = this.armed.filter((s) => !s.apps || s.apps.length > 0);
  }

  private matches(s: ArmedScenario, ctx: TakeContext): boolean {
    if (s.scope.org && s.scope.org !== ctx.org) return false;
    if (s.scope.client && s.scope.client !== ctx.client) return false;
    if (s.scope.person) {
      const ids = ctx.person ? [ctx.person.id, ctx.person.username, ctx.person.email] : [ctx.hint];
      if (!ids.some((v) => v?.toLowerCase() === s.scope.person)) return false;
    }
    // Nothing delivered to this SP for this person yet: the sign-in gets a fresh response
    // (which the next one can replay) and the scenario is not spent on it.
    if (s.behaviour === 'replay' && !ctx.replayable) return false;
    // A down or slow IdP is so for every request of its channel, even one no sign-in
    // outcome follows from (SAML metadata, when only the back channel is down).
    return AVAILABILITY.has(s.behaviour) || s.expected[ctx.protocol] !== undefined;
  }

  /**
   * The scenarios that act now: availability ones at an endpoint, the others at sign-in.
   * "once" scenarios are spent by this call.
   */
  take(ctx: TakeContext, phase: 'availability' | 'sign-in'): ArmedScenario[] {
    const hit = this.armed.filter((s) => s.behaviour !== 'ip-restricted'
      && AVAILABILITY.has(s.behaviour) === (phase === 'availability') && this.matches(s, ctx)
      && (s.params.channel === undefined || s.params.channel === ctx.channel));
    for (const s of hit) s.hits += 1;
    const spent = new Set(hit.filter((s) => s.once));
    if (spent.size) this.armed = this.armed.filter((s) => !spent.has(s));
    return hit;
  }
}
