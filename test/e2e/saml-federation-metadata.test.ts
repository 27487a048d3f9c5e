// Federation metadata (issue 14, R18): the sandbox publishes every org's IdP in one
// EntitiesDescriptor, as a federation's aggregate does. importSamlMetadata lists the IdPs
// with their names, imports exactly the one chosen by entity ID (or the one the connection
// holds already), and answers a document of several with none chosen, or an entity ID it
// lacks, with a typed error on input.entityId that names the entities offered.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportFederationMember } from '../graphql/metadata-operations.ts';
import * as op from '../graphql/operations.ts';
import { setUpAccount, signIn, startRig, type Rig } from './support.ts';

const OLD_IDP = 'https://idp.retired.example/saml';

describe('SAML federation metadata (R18)', () => {
  let rig: Rig;
  let federation: string;
  let globex: string;
  let demo: string;
  const entityOf = (orgKey: string) => `${rig.sandbox.url}/${orgKey}/saml`;
  const importFrom = (connectionId: string, more: { entityId?: string; apply?: boolean }) =>
    rig.api.ok(ImportFederationMember, { input: { connectionId: encodeGlobalID('IdpConnection', connectionId), url: federation, ...more } });

  beforeAll(async () => {
    rig = await startRig();
    federation = `${rig.sandbox.url}/saml/federation-metadata`;
    globex = (await setUpAccount(rig, { accountName: 'GlobexDesk', provider: 'OKTA', protocol: 'SAML', org: 'globex', users: [{ username: 'hank', email: 'hank@globex.example' }] })).connectionId;
    // A connection whose IdP is in no aggregate (an old one), about to move to Globex's Okta through the federation.
    demo = (await setUpAccount(rig, { accountName: 'DemoCo', provider: 'GENERIC', protocol: 'SAML', org: 'demo', users: [{ username: 'hank', email: 'hank@globex.example' }] })).connectionId;
    const moved = await rig.api.ok(op.UpdateConnection, { input: { id: encodeGlobalID('IdpConnection', demo), saml: { entityId: OLD_IDP } } });
    expect(moved.updateIdpConnection.userErrors).toEqual([]);
  });
  afterAll(() => rig.close());

  it('R18 a preview lists every IdP of the aggregate with its name, and picks the one the connection holds', async () => {
    const preview = (await importFrom(globex, { apply: false })).importSamlMetadata;
    expect(preview.userErrors).toEqual([]);
    expect(preview.entities.length).toBeGreaterThanOrEqual(4);
    expect(preview.entities).toContainEqual({ entityId: entityOf('okta/globex'), displayName: expect.any(String) });
    expect(preview.entities.every((e) => e.displayName)).toBe(true);
    expect(preview.applied).toBe(false);
  });

  it('R18 several IdPs and none chosen is INVALID_INPUT on input.entityId, naming the entities offered; nothing changes', async () => {
    const result = (await importFrom(demo, {})).importSamlMetadata;
    expect(result.userErrors).toHaveLength(1);
    expect(result.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'entityId'] });
    expect(result.userErrors[0]!.message).toMatch(/^The metadata describes \d+ IdPs; choose one by entityId: /);
    expect(result.userErrors[0]!.message).toContain(entityOf('okta/globex'));
    expect(result.entities).toEqual([]);
    expect((await rig.api.db.idpConnection.findUniqueOrThrow({ where: { id: demo } })).samlEntityId).toBe(OLD_IDP);
  });

  it('R18 an entity ID the aggregate lacks is NOT_FOUND on input.entityId, naming the entities offered', async () => {
    const result = (await importFrom(demo, { entityId: 'https://idp.nowhere.example/saml' })).importSamlMetadata;
    expect(result.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'entityId'] }]);
    expect(result.userErrors[0]!.message).toMatch(/describes no IdP with entity ID https:\/\/idp\.nowhere\.example\/saml; it offers .*okta\/globex\/saml/);
  });

  it('R18 the chosen entity is imported exactly (entity ID, SSO URL, the metadata URL kept) and a sign-in through it succeeds', async () => {
    const result = (await importFrom(demo, { entityId: entityOf('okta/globex') })).importSamlMetadata;
    expect(result.userErrors).toEqual([]);
    expect(result.applied).toBe(true);
    expect(result.connection!.saml).toEqual({ entityId: entityOf('okta/globex'), ssoUrl: `${entityOf('okta/globex')}/sso`, metadataUrl: federation });
    // The sandbox knows DemoCo's SP at the generic org only: register it at Globex's Okta too.
    const sp = await (await fetch(`${rig.sandbox.url}/admin/sps?org=generic/demo`)).json() as { entityId: string; acsUrls: string[]; nameIdFormat: string }[];
    const own = sp.find((s) => s.entityId.endsWith('/DemoCo'))!;
    const registered = await fetch(`${rig.sandbox.url}/admin/sps`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ org: 'okta/globex', entityId: own.entityId, acsUrls: own.acsUrls, nameIdFormat: 'emailAddress' }) });
    expect(registered.ok).toBe(true);
    const outcome = await signIn(rig, { account: 'DemoCo', loginHint: 'hank@globex.example' });
    expect({ ok: outcome.ok, code: outcome.code }).toEqual({ ok: true, code: null });
    // Imported again without an entity ID: the one it holds now is found in the aggregate.
    expect((await importFrom(demo, {})).importSamlMetadata).toMatchObject({ userErrors: [], applied: false });
  });
});
