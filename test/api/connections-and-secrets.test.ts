// IdP connections (R14, R15, R18) and the write-only, encrypted-at-rest client secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'selfsigned';
import { startTestApi, type TestApi } from '../support/api.ts';
import * as op from '../graphql/operations.ts';

const SECRET = 'Sup3r-Secret-Client-Value-0123456789';

describe('IdP connections and secrets', () => {
  let api: TestApi;
  let tenantId: string;

  beforeAll(async () => {
    api = await startTestApi();
    tenantId = (await api.ok(op.CreateTenant, { input: { accountName: 'acme', displayName: 'Acme' } })).createTenant.tenant!.id;
  });
  afterAll(() => api.close());

  it('R14 R15 R18 stores an OIDC connection for any provider; the secret is write-only and encrypted at rest', async () => {
    const created = await api.ok(op.CreateConnection, {
      input: {
        tenantId, name: 'Salesforce', provider: 'SALESFORCE', protocol: 'OIDC', identifierField: 'USERNAME', salesforceOrgId: '00D000000000001AAA',
        oidc: { issuer: 'https://login.salesforce.example', clientId: 'client-1', clientSecret: SECRET },
      },
    });
    expect(created.createIdpConnection.userErrors).toEqual([]);
    const connection = created.createIdpConnection.connection!;
    expect(connection).toMatchObject({
      provider: 'SALESFORCE', protocol: 'OIDC', identifierField: 'USERNAME', salesforceOrgId: '00D000000000001AAA', saml: null,
      oidc: { issuer: 'https://login.salesforce.example', clientId: 'client-1', clientSecretSet: true, scopes: ['openid', 'email', 'profile'] },
    });

    const row = await api.db.idpConnection.findFirstOrThrow({ where: { name: 'Salesforce' } });
    expect(row.oidcClientSecretEncrypted).toBeTruthy();
    expect(row.oidcClientSecretEncrypted).not.toContain(SECRET);
    expect(Buffer.from(row.oidcClientSecretEncrypted!.split('.')[3]!, 'base64url').toString('utf8')).not.toContain(SECRET);

    // Leaving the secret out keeps it; null clears it.
    const renamed = await api.ok(op.UpdateConnection, { input: { id: connection.id, name: 'Salesforce prod' } });
    expect(renamed.updateIdpConnection.connection?.oidc?.clientSecretSet).toBe(true);
    const cleared = await api.ok(op.UpdateConnection, { input: { id: connection.id, oidc: { clientSecret: null } } });
    expect(cleared.updateIdpConnection.connection?.oidc?.clientSecretSet).toBe(false);
    await api.ok(op.UpdateConnection, { input: { id: connection.id, oidc: { clientSecret: SECRET } } });
  });

  it('R18 stores a SAML connection with its signing certificates and metadata URL', async () => {
    const { cert } = await generate([{ name: 'commonName', value: 'idp.example' }], { keySize: 2048, algorithm: 'sha256' });
    const created = await api.ok(op.CreateConnection, {
      input: {
        tenantId, name: 'Okta SAML', provider: 'OKTA', protocol: 'SAML', identifierField: 'EXTERNAL_ID',
        saml: { entityId: 'http://www.okta.com/exk1', ssoUrl: 'https://acme.okta.example/app/sso/saml', signingCertificates: [cert], metadataUrl: 'https://acme.okta.example/app/metadata' },
      },
    });
    expect(created.createIdpConnection.userErrors).toEqual([]);
    const saml = created.createIdpConnection.connection!.saml!;
    expect(saml).toMatchObject({ entityId: 'http://www.okta.com/exk1', metadataUrl: 'https://acme.okta.example/app/metadata' });
    expect(saml.signingCertificates).toHaveLength(1);
    expect(saml.signingCertificates[0]!.subject).toContain('idp.example');
    expect(saml.signingCertificates[0]!.fingerprintSha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(created.createIdpConnection.connection!.oidc).toBeNull();
  });

  it('R14 Microsoft connections carry the linked Entra tenant and domain (normalised)', async () => {
    const created = await api.ok(op.CreateConnection, {
      input: { tenantId, name: 'Entra', provider: 'MICROSOFT', protocol: 'OIDC', entraTenantId: '11111111-2222-4333-8444-55555555555A', entraDomain: 'Contoso.Example' },
    });
    expect(created.createIdpConnection.connection).toMatchObject({ entraTenantId: '11111111-2222-4333-8444-55555555555a', entraDomain: 'contoso.example' });
  });

  it('R30 a secret never appears in any response, audit event or log line', async () => {
    const everything = JSON.stringify([
      await api.ok(op.TenantByName, { accountName: 'acme' }),
      await api.ok(op.AuditEvents, { first: 500 }),
    ]);
    expect(everything).not.toContain(SECRET);
    const audit = await api.db.auditEvent.findMany();
    expect(JSON.stringify(audit)).not.toContain(SECRET);
    const withSecret = audit.filter((e) => e.after?.includes('oidcClientSecretEncrypted'));
    expect(withSecret.length).toBeGreaterThan(0);
    for (const e of withSecret) expect(['[set]', null]).toContain(JSON.parse(e.after!).oidcClientSecretEncrypted);
    expect(api.logs.join('\n')).not.toContain(SECRET);
    expect(api.logs.join('\n')).not.toContain(api.operatorToken);
  });

  it('deleting a connection removes it and records who did it', async () => {
    const created = await api.ok(op.CreateConnection, { input: { tenantId, name: 'Temp', provider: 'GENERIC', protocol: 'OIDC' } });
    const id = created.createIdpConnection.connection!.id;
    const deleted = await api.ok(op.DeleteConnection, { input: { id } });
    expect(deleted.deleteIdpConnection.connection?.id).toBe(id);
    expect((await api.ok(op.Node, { id })).node).toBeNull();
    const events = await api.ok(op.AuditEvents, { first: 5 });
    expect(events.auditEvents.edges[0]!.node).toMatchObject({ action: 'idpConnection.delete', targetId: id, actor: expect.stringContaining('operator:bootstrap operator') });
  });

  it('R14 two connections of one account cannot share a name (CONFLICT on input.name); nothing is written', async () => {
    const tenant = (await api.ok(op.CreateTenant, { input: { accountName: 'dupnames', displayName: 'Dup names' } })).createTenant.tenant!.id;
    const okta = (name: string) => ({ tenantId: tenant, name, provider: 'OKTA' as const, protocol: 'SAML' as const, saml: { entityId: `http://www.okta.com/${name.length}`, ssoUrl: 'https://dup.okta.example/sso' } });
    const first = await api.ok(op.CreateConnection, { input: okta('Okta') });
    expect(first.createIdpConnection.userErrors).toEqual([]);
    const before = await api.db.idpConnection.count({ where: { tenant: { accountKey: 'dupnames' } } });
    const clash = await api.ok(op.CreateConnection, { input: okta('  okta ') });
    expect(clash.createIdpConnection).toMatchObject({ connection: null, userErrors: [{ code: 'CONFLICT', field: ['input', 'name'], message: 'This account already has an IdP connection named "okta". Choose another name.' }] });
    expect(await api.db.idpConnection.count({ where: { tenant: { accountKey: 'dupnames' } } })).toBe(before);
    // Renaming another connection onto the name is refused too; keeping one's own name is not a clash.
    const second = (await api.ok(op.CreateConnection, { input: okta('Okta backup') })).createIdpConnection.connection!;
    const renamed = await api.ok(op.UpdateConnection, { input: { id: second.id, name: 'OKTA' } });
    expect(renamed.updateIdpConnection.userErrors).toMatchObject([{ code: 'CONFLICT', field: ['input', 'name'] }]);
    expect((await api.ok(op.UpdateConnection, { input: { id: second.id, name: 'Okta backup' } })).updateIdpConnection.userErrors).toEqual([]);
    // The same name in another account is fine.
    expect((await api.ok(op.CreateConnection, { input: { ...okta('Okta'), tenantId } })).createIdpConnection.userErrors).toEqual([]);
  });
});
