// The in-memory directory of one sandbox instance: orgs, people, OIDC clients, SAML SPs
// and the Login History. Seeded from fixtures, edited through the admin API, reset to
// the fixtures on demand. A test tool: nothing here is persisted.
import { randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { oidcClientSchema, orgSchema, personSchema, samlSpSchema } from '../fixtures/schema.ts';
import type { RawFixtures } from '../fixtures/load.ts';
import {
  orgKeyOf, type IpRestriction, type LoginHistoryEntry, type OidcClient, type Org, type OrgKey, type Person, type SamlSp,
} from './types.ts';

export class DirectoryError extends Error {
  constructor(message: string, readonly status: 404 | 409 | 400 = 400) {
    super(message);
  }
}

const HISTORY_LIMIT = 5_000;

function defaultExternalId(org: Org): string {
  const hex = randomBytes(8).toString('hex').toUpperCase();
  switch (org.provider) {
    case 'salesforce': return `005${hex.slice(0, 12)}AAA`;
    case 'microsoft': return randomUUID();
    case 'okta': return `00u${hex.slice(0, 14).toLowerCase()}`;
    default: return `g-${hex.slice(0, 10).toLowerCase()}`;
  }
}

export class Directory {
  private orgs = new Map<OrgKey, Org>();
  private people = new Map<string, Person>();
  private clients = new Map<string, OidcClient>();
  private sps = new Map<string, SamlSp>();
  private history: LoginHistoryEntry[] = [];

  constructor(private fixtures: RawFixtures) {
    this.reset();
  }

  /** Back to the fixtures: directory and Login History. */
  reset(): void {
    this.orgs.clear();
    this.people.clear();
    this.clients.clear();
    this.sps.clear();
    this.history = [];
    const f = this.fixtures as { orgs: unknown[]; people: unknown[]; oidcClients: unknown[]; samlSps: unknown[] };
    f.orgs.forEach((o) => this.addOrg(o));
    f.people.forEach((p) => this.addPerson(p));
    f.oidcClients.forEach((c) => this.addClient(c));
    f.samlSps.forEach((s) => this.addSp(s));
  }

  // ---- orgs -----------------------------------------------------------------
  addOrg(input: unknown): Org {
    const org = orgSchema.parse(input) as Org;
    const key = orgKeyOf(org);
    if (this.orgs.has(key)) throw new DirectoryError(`org ${key} already exists`, 409);
    this.orgs.set(key, org);
    return org;
  }

  org(key: OrgKey): Org | undefined {
    return this.orgs.get(key);
  }

  requireOrg(key: OrgKey): Org {
    const org = this.orgs.get(key);
    if (!org) throw new DirectoryError(`no org ${key}`, 404);
    return org;
  }

  /** The org's own settings; its key (provider, id) never changes. */
  updateOrg(key: OrgKey, patch: unknown): Org {
    const org = this.requireOrg(key);
    const changed = orgSchema.pick({ name: true, domains: true, samlPostOnly: true }).partial().strict().parse(patch);
    Object.assign(org, changed);
    return org;
  }

  listOrgs(): Org[] {
    return [...this.orgs.values()];
  }

  // ---- people ---------------------------------------------------------------
  addPerson(input: unknown): Person {
    const p = personSchema.parse(input) as z.infer<typeof personSchema>;
    const org = this.requireOrg(p.org);
    const person: Person = {
      id: p.id ?? randomUUID(),
      org: p.org,
      username: p.username,
      email: p.email,
      emailVerified: p.email ? p.emailVerified : false,
      externalId: p.externalId ?? defaultExternalId(org),
      name: p.name ?? p.username,
      groups: p.groups,
    };
    if (this.people.has(person.id)) throw new DirectoryError(`person ${person.id} already exists`, 409);
    if (this.findPerson(person.org, person.username)) throw new DirectoryError(`${person.username} already exists in ${person.org}`, 409);
    this.people.set(person.id, person);
    return person;
  }

  person(id: string): Person | undefined {
    return this.people.get(id);
  }

  listPeople(org?: OrgKey): Person[] {
    return [...this.people.values()].filter((p) => !org || p.org === org);
  }

  /** A login hint is a username, an email or a sandbox person id, case-insensitive. */
  findPerson(org: OrgKey, hint: string): Person | undefined {
    const h = hint.trim().toLowerCase();
    const inOrg = this.listPeople(org);
    return inOrg.find((p) => p.username.toLowerCase() === h)
      ?? inOrg.find((p) => p.email?.toLowerCase() === h)
      ?? inOrg.find((p) => p.id.toLowerCase() === h);
  }

  // ---- OIDC clients (Salesforce connected apps) ----------------------------
  addClient(input: unknown): OidcClient {
    const c = oidcClientSchema.parse(input);
    this.requireOrg(c.org);
    const key = `${c.org}|${c.clientId}`;
    if (this.clients.has(key)) throw new DirectoryError(`client ${c.clientId} already exists in ${c.org}`, 409);
    const client: OidcClient = { ...c, name: c.name ?? c.clientId };
    this.clients.set(key, client);
    return client;
  }

  client(org: OrgKey, clientId: string): OidcClient | undefined {
    return this.clients.get(`${org}|${clientId}`);
  }

  listClients(org?: OrgKey): OidcClient[] {
    return [...this.clients.values()].filter((c) => !org || c.org === org);
  }

  updateClient(org: OrgKey, clientId: string, patch: { redirectUris?: string[]; ipRestriction?: IpRestriction; name?: string; idTokenEmail?: boolean }): OidcClient {
    const client = this.client(org, clientId);
    if (!client) throw new DirectoryError(`no client ${clientId} in ${org}`, 404);
    if (patch.redirectUris) client.redirectUris = oidcClientSchema.shape.redirectUris.parse(patch.redirectUris);
    if (patch.ipRestriction) client.ipRestriction = patch.ipRestriction;
    if (patch.name) client.name = patch.name;
    if (typeof patch.idTokenEmail === 'boolean') client.idTokenEmail = patch.idTokenEmail;
    return client;
  }

  // ---- SAML service providers ----------------------------------------------
  addSp(input: unknown): SamlSp {
    const s = samlSpSchema.parse(input);
    this.requireOrg(s.org);
    const key = `${s.org}|${s.entityId}`;
    if (this.sps.has(key)) throw new DirectoryError(`SP ${s.entityId} already registered in ${s.org}`, 409);
    const sp: SamlSp = { ...s, name: s.name ?? s.entityId };
    this.sps.set(key, sp);
    return sp;
  }

  sp(org: OrgKey, entityId: string): SamlSp | undefined {
    return this.sps.get(`${org}|${entityId}`);
  }

  listSps(org?: OrgKey): SamlSp[] {
    return [...this.sps.values()].filter((s) => !org || s.org === org);
  }

  // ---- Login History ---------------------------------------------------------
  recordLogin(entry: Omit<LoginHistoryEntry, 'id' | 'time'>): LoginHistoryEntry {
    const full: LoginHistoryEntry = { id: randomUUID(), time: new Date().toISOString(), ...entry };
    this.history.push(full);
    if (this.history.length > HISTORY_LIMIT) this.history.splice(0, this.history.length - HISTORY_LIMIT);
    return full;
  }

  loginHistory(filter: { org?: OrgKey; status?: string; application?: string } = {}): LoginHistoryEntry[] {
    return this.history.filter((e) => (!filter.org || e.org === filter.org)
      && (!filter.status || e.status === filter.status)
      && (!filter.application || e.application === filter.application)).reverse();
  }
}
