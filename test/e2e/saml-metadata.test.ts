// importSamlMetadata (R18): SAML metadata from the sandbox IdP's URL or pasted XML, the
// diff shown before applying, audit on apply, the last good configuration kept on every
// failure, and the SSRF guard. No request ever leaves loopback: refusals of other
// addresses are proven to happen before any socket exists (onConnect / a counting server).
import { createServer, type Server } from 'node:http';
import { X509Certificate } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { generate } from 'selfsigned';
import { startRig, type Rig } from './support.ts';
import { createAccount } from '../support/fixtures.ts';
import * as op from '../graphql/operations.ts';
import { ImportSamlMetadata, SamlConnection } from '../graphql/metadata-operations.ts';
import { fetchMetadata, MetadataFetchError } from '../../src/domain/connections/metadata/fetch-metadata.ts';
import { classifyAddress } from '../../common/net/address-policy.ts';
import { parseSamlMetadata } from '../../src/domain/connections/metadata/parse-metadata.ts';
import { loadConfig } from '../../src/config.ts';

/** The SSRF setting as the product reads it (src/config.ts). */
const allowPrivateNetworksFromEnv = (env: Record<string, string | undefined>) =>
  loadConfig({ DATA_DIR: '/tmp/sso-config-test', SECRETS_KEY: '0123456789abcdef'.repeat(4), OPERATOR_TOKEN: 'sso_unused_token_value_long_enough_32', PUBLIC_URL: 'https://sso.example.com', ...env } as NodeJS.ProcessEnv).allowPrivateNetworks;

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

const certBody = (pem: string) => pem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
const fingerprint = (pem: string) => new X509Certificate(pem).fingerprint256;

function idpXml(o: { entityId: string; ssoUrl: string; certs: string[]; bindings?: string[]; use?: string | null }): string {
  const use = o.use === null ? '' : ` use="${o.use ?? 'signing'}"`;
  const keys = o.certs.map((c) => `<md:KeyDescriptor${use}><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certBody(c)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`).join('');
  const sso = (o.bindings ?? [REDIRECT, POST]).map((b) => `<md:SingleSignOnService Binding="${b}" Location="${o.ssoUrl}"/>`).join('');
  return `<md:EntityDescriptor xmlns:md="${MD}" xmlns:ds="${DS}" entityID="${o.entityId}"><md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">${keys}${sso}</md:IDPSSODescriptor></md:EntityDescriptor>`;
}

const newCert = async (cn: string) => (await generate([{ name: 'commonName', value: cn }], { keySize: 2048, algorithm: 'sha256' })).cert;

/** A loopback HTTP server with canned answers; counts every request it receives (on new or kept-alive sockets alike). */
async function cannedServer(routes: Record<string, (res: import('node:http').ServerResponse, port: number) => void>) {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
    if (route) route(res, port);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such thing');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    get requests() { return requests; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('importSamlMetadata (R18)', () => {
  let rig: Rig;
  let canned: Awaited<ReturnType<typeof cannedServer>>;
  let tenantId: string;
  let connectionId: string;
  let oidcConnectionId: string;
  let sandboxMetadataUrl: string;
  let certA: string;
  let certB: string;
  const validXml = () => idpXml({ entityId: 'https://pasted.example/idp', ssoUrl: 'https://pasted.example/sso', certs: [certA] });

  const api = () => rig.api;
  const localOf = (id: string) => decodeGlobalID(id).id;
  const row = (id = connectionId) => api().db.idpConnection.findUniqueOrThrow({ where: { id: localOf(id) } });
  const auditCount = () => api().db.auditEvent.count({ where: { action: 'idpConnection.importSamlMetadata' } });
  const importMetadata = async (input: { url?: string; xml?: string; apply?: boolean; connectionId?: string }, token?: string) =>
    (await api().ok(ImportSamlMetadata, { input: { connectionId: input.connectionId ?? connectionId, url: input.url, xml: input.xml, apply: input.apply } }, token)).importSamlMetadata;

  beforeAll(async () => {
    rig = await startRig();
    [certA, certB] = await Promise.all([newCert('old-idp.example'), newCert('rotated-idp.example')]);
    tenantId = (await api().ok(op.CreateTenant, { input: { accountName: 'MetaCorp', displayName: 'Meta Corp' } })).createTenant.tenant!.id;
    const created = await api().ok(op.CreateConnection, {
      input: { tenantId, name: 'Okta SAML', provider: 'OKTA', protocol: 'SAML', saml: { entityId: 'https://old.example/idp', ssoUrl: 'https://old.example/sso', signingCertificates: [certA] } },
    });
    connectionId = created.createIdpConnection.connection!.id;
    oidcConnectionId = (await api().ok(op.CreateConnection, { input: { tenantId, name: 'OIDC', provider: 'OKTA', protocol: 'OIDC' } })).createIdpConnection.connection!.id;
    sandboxMetadataUrl = `${rig.sandbox.url}/okta/globex/saml/metadata`;
    const big = `<md:EntityDescriptor xmlns:md="${MD}" entityID="x"><!--${'x'.repeat(1024 * 1024 + 10)}--></md:EntityDescriptor>`;
    canned = await cannedServer({
      '/metadata': (res) => res.writeHead(200, { 'content-type': 'application/samlmetadata+xml' }).end(validXml()),
      '/html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Sign in</body></html>'),
      '/json': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"entityID":"x"}'),
      '/xxe': (res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(`<?xml version="1.0"?><!DOCTYPE md [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><md:EntityDescriptor xmlns:md="${MD}" entityID="&xxe;"/>`),
      '/big': (res) => res.writeHead(200, { 'content-type': 'application/xml' }).end(big),
      '/big-chunked': (res) => { res.writeHead(200, { 'content-type': 'application/xml' }); for (let i = 0; i < 20; i++) res.write('<!--' + 'y'.repeat(64 * 1024) + '-->'); res.end(); },
      '/wrong-root': (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'),
      '/sp-only': (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(`<md:EntityDescriptor xmlns:md="${MD}" entityID="https://sp.example"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>`),
      '/bad-cert': (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(idpXml({ entityId: 'https://bad.example', ssoUrl: 'https://bad.example/sso', certs: ['-----BEGIN CERTIFICATE-----\nTUlJQm9ndXM=\n-----END CERTIFICATE-----'] })),
      '/slow': () => { /* never answers */ },
      '/to-sandbox': (res) => res.writeHead(302, { location: sandboxMetadataUrl }).end(),
      '/to-cloud-metadata': (res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' }).end(),
      '/to-file': (res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/to-ipv6-loopback': (res, port) => res.writeHead(302, { location: `http://[::1]:${port}/metadata` }).end(),
      '/loop': (res) => res.writeHead(302, { location: '/loop' }).end(),
    });
  });
  afterAll(async () => {
    await canned?.close();
    await rig?.close();
  });
  afterEach(() => {
    rig.api.config.allowPrivateNetworks = true; // the development default
  });

  it('R18 preview from the sandbox metadata URL shows the diff and writes nothing', async () => {
    const before = await row();
    const audits = await auditCount();
    const preview = await importMetadata({ url: sandboxMetadataUrl, apply: false });
    expect(preview.userErrors).toEqual([]);
    expect(preview.applied).toBe(false);
    // The sandbox lists its current certificate and its retired, expired one.
    const sandboxCerts = [...(await fetch(sandboxMetadataUrl).then((r) => r.text())).matchAll(/<ds:X509Certificate>([^<]+)</g)].map((m) => m[1]!);
    expect(sandboxCerts).toHaveLength(2);
    const sandboxFps = sandboxCerts.map((body) => fingerprint(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`));
    expect(preview.changes).toEqual(expect.arrayContaining([
      { field: 'ENTITY_ID', before: 'https://old.example/idp', after: `${rig.sandbox.url}/okta/globex/saml` },
      { field: 'SSO_URL', before: 'https://old.example/sso', after: `${rig.sandbox.url}/okta/globex/saml/sso` },
      ...sandboxFps.map((after) => ({ field: 'SIGNING_CERTIFICATE', before: null, after })),
      { field: 'SIGNING_CERTIFICATE', before: fingerprint(certA), after: null },
      { field: 'METADATA_URL', before: null, after: sandboxMetadataUrl },
    ]));
    expect(preview.changes).toHaveLength(6);
    expect(preview.connection?.saml?.entityId).toBe('https://old.example/idp');
    // Read back: nothing written, nothing audited.
    expect(await row()).toEqual(before);
    expect(await auditCount()).toBe(audits);
    const readBack = await api().ok(SamlConnection, { id: connectionId });
    expect(readBack.node).toMatchObject({ saml: { entityId: 'https://old.example/idp', metadataUrl: null } });
  });

  it('R18 apply from the sandbox URL updates the connection, stores the metadata URL and audits; a second import changes nothing', async () => {
    const audits = await auditCount();
    const applied = await importMetadata({ url: sandboxMetadataUrl });
    expect(applied.userErrors).toEqual([]);
    expect(applied.applied).toBe(true);
    expect(applied.changes.length).toBe(6);
    const saml = applied.connection!.saml!;
    expect(saml).toMatchObject({ entityId: `${rig.sandbox.url}/okta/globex/saml`, ssoUrl: `${rig.sandbox.url}/okta/globex/saml/sso`, metadataUrl: sandboxMetadataUrl });
    expect(saml.signingCertificates).toHaveLength(2);

    const stored = await row();
    expect(stored).toMatchObject({ samlEntityId: saml.entityId, samlSsoUrl: saml.ssoUrl, samlMetadataUrl: sandboxMetadataUrl });
    expect(JSON.parse(stored.samlSigningCertificates)).toHaveLength(2);
    expect(await auditCount()).toBe(audits + 1);
    const event = await api().db.auditEvent.findFirstOrThrow({ where: { action: 'idpConnection.importSamlMetadata' }, orderBy: { createdAt: 'desc' } });
    expect(event).toMatchObject({ targetType: 'IdpConnection', targetId: stored.id, tenantId: stored.tenantId, actor: expect.stringContaining('operator:') });
    expect(JSON.parse(event.before!).samlEntityId).toBe('https://old.example/idp');
    expect(JSON.parse(event.after!).samlEntityId).toBe(saml.entityId);

    const again = await importMetadata({ url: sandboxMetadataUrl });
    expect(again).toMatchObject({ userErrors: [], changes: [], applied: false });
    expect(await auditCount()).toBe(audits + 1);
  });

  it('R18 a rotated certificate shows as added, then the old one as removed', async () => {
    const current = JSON.parse((await row()).samlSigningCertificates) as string[];
    const entity = { entityId: `${rig.sandbox.url}/okta/globex/saml`, ssoUrl: `${rig.sandbox.url}/okta/globex/saml/sso` };
    // During a rollover the IdP lists its next certificate beside the ones the connection holds.
    const rollover = await importMetadata({ xml: idpXml({ ...entity, certs: [...current, certB] }), apply: false });
    expect(rollover.userErrors).toEqual([]);
    expect(rollover.changes).toEqual([{ field: 'SIGNING_CERTIFICATE', before: null, after: fingerprint(certB) }]);
    // Pasted metadata of the rotated key only: the new certificate added, the previous ones removed.
    const rotated = idpXml({ ...entity, certs: [certB] });
    const result = await importMetadata({ xml: rotated });
    expect(result.userErrors).toEqual([]);
    expect(result.applied).toBe(true);
    expect(result.changes).toEqual([
      { field: 'SIGNING_CERTIFICATE', before: null, after: fingerprint(certB) },
      ...current.map((pem) => ({ field: 'SIGNING_CERTIFICATE', before: fingerprint(pem), after: null })),
    ]);
    const readBack = await api().ok(SamlConnection, { id: connectionId });
    expect(readBack.node).toMatchObject({ saml: { metadataUrl: sandboxMetadataUrl, signingCertificates: [{ fingerprintSha256: fingerprint(certB) }] } });
  });

  it('R18 imports pasted XML: EntitiesDescriptor with one IdP, HTTP-POST when no Redirect binding, certificates without use, metadata URL kept', async () => {
    const idp = idpXml({ entityId: 'https://pasted.example/idp', ssoUrl: 'https://pasted.example/sso/post', certs: [certA, certB, certA], bindings: [POST], use: null })
      .replace(/^<md:EntityDescriptor xmlns:md="[^"]+" xmlns:ds="[^"]+"/, `<md:EntityDescriptor xmlns:ds="${DS}"`);
    const encryption = `<md:KeyDescriptor use="encryption"><ds:KeyInfo xmlns:ds="${DS}"><ds:X509Data><ds:X509Certificate>not-even-a-cert</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>`;
    const xml = `<?xml version="1.0" encoding="UTF-8"?><md:EntitiesDescriptor xmlns:md="${MD}">`
      + `<md:EntityDescriptor entityID="https://sp.example"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>`
      + idp.replace('<md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">', `$&${encryption}`)
      + '</md:EntitiesDescriptor>';
    const result = await importMetadata({ xml });
    expect(result.userErrors).toEqual([]);
    expect(result.connection!.saml).toMatchObject({ entityId: 'https://pasted.example/idp', ssoUrl: 'https://pasted.example/sso/post', metadataUrl: sandboxMetadataUrl });
    expect(result.connection!.saml!.signingCertificates.map((c) => c.fingerprintSha256)).toEqual([fingerprint(certA), fingerprint(certB)]);
    // Only an HTTP-POST endpoint listed: the binding changes with the URL (issue 14).
    expect(result.changes.map((c) => c.field).sort()).toEqual(['ENTITY_ID', 'SIGNING_CERTIFICATE', 'SSO_BINDING', 'SSO_URL']);
    expect(result.changes).toContainEqual({ field: 'SSO_BINDING', before: 'HTTP_REDIRECT', after: 'HTTP_POST' });
    // Back to the sandbox's configuration for the next tests, through the API.
    expect((await importMetadata({ url: sandboxMetadataUrl })).applied).toBe(true);
  });

  it('R18 every failed fetch or parse keeps the last good configuration and returns a typed error on the field at fault', async () => {
    const closedPort = await (async () => { const s = await cannedServer({}); await s.close(); return s.port; })();
    const oversizedXml = validXml().replace('</md:EntityDescriptor>', `<!--${'z'.repeat(1024 * 1024)}--></md:EntityDescriptor>`);
    const cases: [string, { url?: string; xml?: string }, string, string[], RegExp][] = [
      ['unreachable URL', { url: `http://127.0.0.1:${closedPort}/metadata` }, 'INVALID_INPUT', ['input', 'url'], /Could not connect.*ECONNREFUSED/],
      ['404', { url: `${canned.url}/missing` }, 'INVALID_INPUT', ['input', 'url'], /answered HTTP 404/],
      ['HTML, not XML', { url: `${canned.url}/html` }, 'INVALID_INPUT', ['input', 'url'], /did not answer with XML.*text\/html/],
      ['JSON, not XML', { url: `${canned.url}/json` }, 'INVALID_INPUT', ['input', 'url'], /did not answer with XML/],
      ['DTD/XXE by URL', { url: `${canned.url}/xxe` }, 'INVALID_INPUT', ['input', 'url'], /DTD/],
      ['DTD/XXE pasted', { xml: `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${validXml()}` }, 'INVALID_INPUT', ['input', 'xml'], /DTD/],
      ['oversized (Content-Length)', { url: `${canned.url}/big` }, 'LIMIT_EXCEEDED', ['input', 'url'], /larger than 1048576 bytes/],
      ['oversized (chunked)', { url: `${canned.url}/big-chunked` }, 'LIMIT_EXCEEDED', ['input', 'url'], /larger than 1048576 bytes/],
      ['oversized pasted', { xml: oversizedXml }, 'LIMIT_EXCEEDED', ['input', 'xml'], /larger than 1048576 bytes/],
      ['not well-formed', { xml: '<md:EntityDescriptor' }, 'INVALID_INPUT', ['input', 'xml'], /not well-formed/],
      ['wrong root', { url: `${canned.url}/wrong-root` }, 'INVALID_INPUT', ['input', 'url'], /root element is .*html/],
      ['no IdP descriptor', { url: `${canned.url}/sp-only` }, 'INVALID_INPUT', ['input', 'url'], /no IdP descriptor/],
      ['invalid certificate', { url: `${canned.url}/bad-cert` }, 'INVALID_INPUT', ['input', 'url'], /not a valid X\.509 certificate/],
      ['no signing certificate', { xml: idpXml({ entityId: 'https://x.example', ssoUrl: 'https://x.example/sso', certs: [] }) }, 'INVALID_INPUT', ['input', 'xml'], /no signing certificate/],
      ['no SSO service', { xml: idpXml({ entityId: 'https://x.example', ssoUrl: 'https://x.example/sso', certs: [certA], bindings: ['urn:oasis:names:tc:SAML:2.0:bindings:SOAP'] }) }, 'INVALID_INPUT', ['input', 'xml'], /no SingleSignOnService/],
      ['SSO URL over plain http', { xml: idpXml({ entityId: 'https://x.example', ssoUrl: 'http://x.example/sso', certs: [certA] }) }, 'INVALID_INPUT', ['input', 'xml'], /https:\/\//],
      ['expired metadata', { xml: validXml().replace('entityID=', 'validUntil="2001-01-01T00:00:00Z" entityID=') }, 'INVALID_INPUT', ['input', 'xml'], /expired/],
      ['both url and xml', { url: sandboxMetadataUrl, xml: validXml() }, 'INVALID_INPUT', ['input'], /either url or xml/],
      ['neither url nor xml', {}, 'INVALID_INPUT', ['input'], /metadata URL \(url\) or paste/],
    ];
    const good = await row();
    const audits = await auditCount();
    for (const [name, input, code, field, message] of cases) {
      const result = await importMetadata({ ...input, apply: true });
      expect(result.connection, name).toBeNull();
      expect(result.applied, name).toBe(false);
      expect(result.changes, name).toEqual([]);
      expect(result.userErrors, name).toHaveLength(1);
      expect(result.userErrors[0], name).toMatchObject({ code, field });
      expect(result.userErrors[0]!.message, name).toMatch(message);
      expect(await row(), name).toEqual(good);
    }
    expect(await auditCount()).toBe(audits);
    expect(good.samlMetadataUrl).toBe(sandboxMetadataUrl); // the last good configuration, still in place
    // The XXE payload was never expanded: nothing from /etc/passwd anywhere.
    expect(JSON.stringify(await api().db.idpConnection.findMany())).not.toContain('root:');
  });

  it('R18 SSRF: with private networks NOT allowed, loopback, private, link-local and odd forms are refused before any connection', async () => {
    rig.api.config.allowPrivateNetworks = false; // as METADATA_ALLOW_PRIVATE_NETWORKS=off (read per request)
    const p = canned.port;
    const attempts: [string, RegExp][] = [
      [`http://127.0.0.1:${p}/metadata`, /loopback/],
      [`http://localhost:${p}/metadata`, /loopback/],
      [`https://localhost.:${p}/metadata`, /loopback/],
      [`https://idp.localhost:${p}/metadata`, /loopback/],
      [`http://[::1]:${p}/metadata`, /loopback/],
      [`https://[::ffff:127.0.0.1]:${p}/metadata`, /loopback/],
      [`https://2130706433:${p}/metadata`, /loopback/], // 127.0.0.1 as a single number
      [`https://0.0.0.0:${p}/metadata`, /unspecified/],
      ['https://169.254.169.254/latest/meta-data/', /link-local/],
      ['https://[fe80::1]/metadata', /link-local/],
      ['https://10.0.0.1/metadata', /private-network/],
      ['https://172.16.5.4/metadata', /private-network/],
      ['https://192.168.0.10/metadata', /private-network/],
      ['https://100.64.0.1/metadata', /private-network/],
      ['https://[fd00::1]/metadata', /private-network/],
      ['https://[::ffff:10.0.0.1]/metadata', /private-network/],
      ['https://224.0.0.1/metadata', /multicast/],
    ];
    const good = await row();
    const before = canned.requests;
    for (const [url, reason] of attempts) {
      const result = await importMetadata({ url, apply: true });
      expect(result.userErrors, url).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'url'], message: expect.stringMatching(reason) }]);
      expect(result.userErrors[0]!.message, url).toMatch(/^Refused to fetch/);
    }
    for (const url of ['file:///etc/passwd', `ftp://127.0.0.1:${p}/metadata`, 'gopher://127.0.0.1:6379/_INFO', `http://10.0.0.1/metadata`]) {
      const result = await importMetadata({ url, apply: true });
      expect(result.userErrors, url).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'url'], message: expect.stringContaining('https://') }]);
    }
    expect(canned.requests).toBe(before); // not one request reached the loopback server
    expect(await row()).toEqual(good);
  });

  it('R18 SSRF: in development (private networks allowed) every redirect is checked again; link-local and other schemes stay refused', async () => {
    expect(allowPrivateNetworksFromEnv(process.env)).toBe(true); // NODE_ENV=test
    const followed = await importMetadata({ url: `${canned.url}/to-sandbox`, apply: false });
    expect(followed.userErrors).toEqual([]);
    expect(followed.changes.map((c) => c.field)).toEqual(['METADATA_URL']);
    const refused: [string, RegExp][] = [
      ['/to-cloud-metadata', /Refused to fetch 169\.254\.169\.254.*link-local/],
      ['/to-file', /Only http:\/\/ and https:\/\/.*file:/],
      ['/loop', /redirected more than 3 times/],
    ];
    for (const [path, message] of refused) {
      const result = await importMetadata({ url: `${canned.url}${path}` });
      expect(result.userErrors, path).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'url'], message: expect.stringMatching(message) }]);
    }
    const direct = await importMetadata({ url: 'https://169.254.169.254/latest/meta-data/' });
    expect(direct.userErrors[0]!.message).toMatch(/link-local/);
  });

  it('R18 SSRF guard: names that resolve to loopback or private addresses, a redirect to loopback, no DNS rebinding, time limit', async () => {
    const connects: string[] = [];
    const onConnect = (address: string) => connects.push(address);
    const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('not refused'); }, (e: unknown) => e as MetadataFetchError);
    // A public-looking name resolving to loopback (or to one public and one private address) is refused on the address check.
    for (const addresses of [['127.0.0.1'], ['::1'], ['93.184.215.14', '10.1.2.3'], ['::ffff:169.254.169.254']]) {
      const resolve = async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
      const error = await refusal(fetchMetadata('https://metadata.attacker.example/idp', { allowPrivateNetworks: false, resolve, onConnect }));
      expect(error).toBeInstanceOf(MetadataFetchError);
      expect(error.reason, addresses.join()).toBe('REFUSED');
      expect(error.message).toContain('metadata.attacker.example resolves to');
    }
    // IP literals never reach a resolver, and 10.0.0.1 is refused on the address check alone.
    const noResolver = async () => { throw new Error('resolver asked'); };
    for (const url of ['http://10.0.0.1/', 'http://169.254.169.254/', 'http://0.0.0.0/', 'http://[::ffff:7f00:1]/', 'http://[::]/']) {
      expect((await refusal(fetchMetadata(url, { allowPrivateNetworks: false, resolve: noResolver, onConnect }))).reason, url).toBe('REFUSED');
    }
    expect(connects).toEqual([]);

    // A redirect to loopback is refused although its first hop was trusted.
    const before = canned.requests;
    const redirected = await refusal(fetchMetadata(`${canned.url}/to-ipv6-loopback`, { allowPrivateNetworks: false, allowAddresses: ['127.0.0.1'], onConnect }));
    expect(redirected.message).toMatch(/Refused to fetch \[::1\].*loopback/);
    expect(connects).toEqual(['127.0.0.1']);
    expect(canned.requests).toBe(before + 1);

    // The resolver is asked once per hop and the socket goes to the address that was checked:
    // a rebinding resolver that answers 169.254.169.254 the second time is never asked again.
    let lookups = 0;
    const rebinding = async () => (lookups++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '169.254.169.254', family: 4 }]);
    const fetched = await fetchMetadata(`http://rebind.example:${canned.port}/metadata`, { allowPrivateNetworks: true, resolve: rebinding, onConnect });
    expect(parseSamlMetadata(fetched.xml).entityId).toBe('https://pasted.example/idp');
    expect(lookups).toBe(1);

    const started = Date.now();
    const slow = await refusal(fetchMetadata(`${canned.url}/slow`, { allowPrivateNetworks: true, timeoutMs: 300 }));
    expect(slow.reason).toBe('TIMEOUT');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('R18 address classes and the METADATA_ALLOW_PRIVATE_NETWORKS setting', () => {
    expect(classifyAddress('::ffff:127.0.0.1')).toBe('loopback');
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toBe('link-local'); // NAT64 form of 169.254.169.254
    expect(classifyAddress('2002:a00:1::1')).toBe('private'); // 6to4 form of 10.0.0.1
    expect(classifyAddress('172.32.0.1')).toBe('public');
    expect(allowPrivateNetworksFromEnv({ NODE_ENV: 'production' })).toBe(false);
    expect(allowPrivateNetworksFromEnv({ NODE_ENV: 'production', METADATA_ALLOW_PRIVATE_NETWORKS: 'on' })).toBe(true);
    expect(allowPrivateNetworksFromEnv({ NODE_ENV: 'development', METADATA_ALLOW_PRIVATE_NETWORKS: 'off' })).toBe(false);
    expect(allowPrivateNetworksFromEnv({})).toBe(true);
    expect(() => allowPrivateNetworksFromEnv({ METADATA_ALLOW_PRIVATE_NETWORKS: 'yes' })).toThrow();
  });

  it('R18 tenant isolation: another tenant\'s connection answers NOT_FOUND and is not fetched for', async () => {
    const other = await createAccount(api(), 'Initech');
    const before = canned.requests;
    const mine = await api().ok(ImportSamlMetadata, { input: { connectionId, url: `${canned.url}/metadata`, apply: true } }, other.adminToken);
    expect(mine.importSamlMetadata).toMatchObject({ connection: null, applied: false, changes: [], userErrors: [{ code: 'NOT_FOUND', field: ['input', 'connectionId'] }] });
    expect(canned.requests).toBe(before);
    // Its own SAML-less OIDC connection, and a malformed id.
    const own = await importMetadata({ connectionId: other.connectionId, xml: validXml() }, other.adminToken);
    expect(own.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'connectionId'], message: 'SAML metadata can be imported only into a SAML connection.' }]);
    const bogus = await importMetadata({ connectionId: 'not-an-id', xml: validXml() });
    expect(bogus.userErrors).toMatchObject([{ code: 'NOT_FOUND', field: ['input', 'connectionId'] }]);
  });

  it('R18 only SAML connections: an OIDC connection answers INVALID_INPUT and is unchanged', async () => {
    const before = await row(oidcConnectionId);
    const result = await importMetadata({ connectionId: oidcConnectionId, url: sandboxMetadataUrl });
    expect(result.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'connectionId'], message: 'SAML metadata can be imported only into a SAML connection.' }]);
    expect(await row(oidcConnectionId)).toEqual(before);
  });
});
