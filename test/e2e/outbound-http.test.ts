// The guarded outbound client (src/net/) that every server-side request goes through: the
// SSRF guard of metadata import (R18), readiness checks, and every openid-client request of
// an OIDC sign-in (R13, R22). No request leaves loopback: 127.0.0.2 stands in for a public
// address (allowed by exact address), 127.0.0.1 for the private one an attacker aims at; both
// servers count the requests (and TCP connections) they receive, and the resolvers count their calls.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as client from 'openid-client';
import { generate } from 'selfsigned';
import { guardedFetch, OutboundRequestError, type GuardedFetchOptions, type OutboundObserver, type ResolveHost } from '../../src/net/index.ts';
import { guardedFetcher } from '../../src/domain/readiness/index.ts';
import { oidcConfiguration } from '../../src/signin/oidc/configuration.ts';
import { createSecretBox } from '../../src/security/secret-box.ts';
import { startSandbox } from '../../sandbox/server.ts';
import { startTestApi } from '../support/api.ts';
import { authorizeAt, setUpAccount, signIn, startRig, type Rig } from './support.ts';

type Route = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** A loopback HTTP server on a given address; counts requests and connections, keeps what it was sent. */
async function countingServer(host: string, port: number, routes: Record<string, Route>) {
  let connections = 0;
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (route) route(req, res, Buffer.concat(chunks).toString('utf8'));
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('no such thing');
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve, reject) => { server.once('error', reject); server.listen(port, host, resolve); });
  return {
    port: (server.address() as { port: number }).port,
    get connections() { return connections; },
    /** Requests, on new or kept-alive sockets: what "reached this server" means. */
    get requests() { return requests; },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error('not refused'); }, (e: unknown) => e as OutboundRequestError);
const answers = (...addresses: string[]) => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('guarded outbound HTTP client (R18 SSRF guard)', () => {
  let inside: Awaited<ReturnType<typeof countingServer>>; // 127.0.0.1: the private target
  let outside: Awaited<ReturnType<typeof countingServer>>; // 127.0.0.2: the "public" IdP
  let port: number;
  const events: Parameters<OutboundObserver>[0][] = [];
  /** Private networks closed; only 127.0.0.2 is reachable (as a public address would be). */
  const strict = (more: Partial<GuardedFetchOptions> = {}): GuardedFetchOptions => ({
    kind: 'saml-metadata', allowPrivateNetworks: false, allowAddresses: ['127.0.0.2'], observer: (e) => events.push(e), ...more,
  });

  beforeAll(async () => {
    inside = await countingServer('127.0.0.1', 0, { '/hello': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('private') });
    port = inside.port;
    outside = await countingServer('127.0.0.2', port, {
      '/hello': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('public'),
      '/.well-known/openid-configuration': (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"issuer":"public"}'),
      '/again': (_q, res) => res.writeHead(302, { location: '/hello' }).end(),
      '/to-private': (_q, res) => res.writeHead(302, { location: `http://127.0.0.1:${port}/hello` }).end(),
      '/to-private-307': (_q, res) => res.writeHead(307, { location: `http://127.0.0.1:${port}/hello` }).end(),
      '/to-ipv6-loopback': (_q, res) => res.writeHead(302, { location: `http://[::1]:${port}/hello` }).end(),
      '/to-cloud-metadata': (_q, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/loop': (_q, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/echo': (req, res, body) => res.writeHead(201, { 'content-type': 'application/json', 'set-cookie': ['a=1', 'b=2'] })
        .end(JSON.stringify({ method: req.method, type: req.headers['content-type'], custom: req.headers['x-custom'], encoding: req.headers['accept-encoding'], body })),
      '/big': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000)),
      '/big-chunked': (_q, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); for (let i = 0; i < 10; i++) res.write('y'.repeat(600)); res.end(); },
      '/stall-body': (_q, res) => { res.writeHead(200, { 'content-type': 'text/plain' }); res.write('a first part, then nothing'); },
      '/stall-headers': () => { /* never answers */ },
      '/missing': (_q, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('not here'),
    });
  });
  afterAll(async () => {
    await outside?.close();
    await inside?.close();
  });

  it('R18 resolves a name once and connects to the checked address: a rebinding resolver\'s second answer (127.0.0.1) is never used', async () => {
    let lookups = 0;
    const rebinding: ResolveHost = async () => answers(lookups++ === 0 ? '127.0.0.2' : '127.0.0.1');
    const before = { inside: inside.requests, outside: outside.requests };
    const connects: string[] = [];
    const response = await guardedFetch(`http://idp.rebind.example:${port}/hello`, {}, strict({ resolve: rebinding, onConnect: (a) => connects.push(a) }));
    expect(await response.text()).toBe('public');
    expect(lookups).toBe(1);
    expect(connects).toEqual(['127.0.0.2']);
    expect(outside.requests).toBe(before.outside + 1);
    expect(inside.requests).toBe(before.inside);

    // A redirect is a new hop: resolved and checked again, and this time the answer is private.
    lookups = 0;
    const error = await refusal(guardedFetch(`http://idp.rebind.example:${port}/again`, {}, strict({ resolve: rebinding })));
    expect(error).toBeInstanceOf(OutboundRequestError);
    expect(error.reason).toBe('REFUSED');
    expect(error.message).toMatch(/it is a loopback address \(idp\.rebind\.example resolves to 127\.0\.0\.1\)/);
    expect(lookups).toBe(2);
    expect(inside.requests).toBe(before.inside);
  });

  it('R18 connections are kept alive per checked address: a second request reuses the socket, a name now resolving elsewhere gets a socket of its own there', async () => {
    let lookups = 0;
    const moving: ResolveHost = async () => answers(lookups++ < 2 ? '127.0.0.2' : '127.0.0.1');
    const before = { inside: inside.connections, outside: outside.connections };
    const options = strict({ allowAddresses: ['127.0.0.2', '127.0.0.1'], resolve: moving });
    const url = `http://idp.keepalive.example:${port}/hello`;
    expect(await (await guardedFetch(url, {}, options)).text()).toBe('public');
    expect(await (await guardedFetch(url, { method: 'POST', body: 'x' }, options)).text()).toBe('public');
    expect(outside.connections).toBe(before.outside + 1);
    // Same host name, another checked address: never the pooled socket to 127.0.0.2.
    expect(await (await guardedFetch(url, {}, options)).text()).toBe('private');
    expect(inside.connections).toBe(before.inside + 1);
    expect(outside.connections).toBe(before.outside + 1);
    expect(lookups).toBe(3);
  });

  it('R18 the readiness fetcher (discovery JSON and metadata) uses the same pinned connection: no second resolution', async () => {
    let lookups = 0;
    const rebinding: ResolveHost = async () => answers(lookups++ === 0 ? '127.0.0.2' : '127.0.0.1');
    const before = inside.requests;
    const fetchText = guardedFetcher({ allowPrivateNetworks: false, allowAddresses: ['127.0.0.2'], resolve: rebinding, observer: (e) => events.push(e) });
    expect(JSON.parse(await fetchText(`http://idp.rebind.example:${port}/.well-known/openid-configuration`, 'json'))).toEqual({ issuer: 'public' });
    expect(lookups).toBe(1);
    expect(events.at(-1)).toMatchObject({ kind: 'readiness', host: `idp.rebind.example:${port}`, outcome: 'OK' });
    // Discovery follows no redirect (as openid-client at sign-in does not).
    await expect(fetchText(`http://127.0.0.2:${port}/to-private`, 'json')).rejects.toThrow(/HTTP 302/);
    await expect(fetchText(`http://127.0.0.1:${port}/hello`, 'xml')).rejects.toThrow(/Refused to fetch 127\.0\.0\.1.*loopback/);
    expect(inside.requests).toBe(before);
  });

  it('R18 with private networks closed, a name resolving to 127.0.0.1 is refused before any socket', async () => {
    const connects: string[] = [];
    const before = inside.requests;
    for (const addresses of [['127.0.0.1'], ['127.0.0.2', '127.0.0.1'], ['::ffff:127.0.0.1']]) {
      const error = await refusal(guardedFetch(`http://idp.attacker.example:${port}/hello`, {}, strict({ resolve: async () => answers(...addresses), onConnect: (a) => connects.push(a) })));
      expect(error.reason, addresses.join()).toBe('REFUSED');
      expect(error.message).toMatch(/^Refused to fetch idp\.attacker\.example:\d+: it is a loopback address \(idp\.attacker\.example resolves to/);
    }
    expect(connects).toEqual([]);
    expect(inside.requests).toBe(before);
    expect(events.at(-1)).toMatchObject({ kind: 'saml-metadata', host: `idp.attacker.example:${port}`, outcome: 'REFUSED' });
  });

  it('R18 a redirect from an allowed server to a private or link-local address is refused; a POST is never redirected', async () => {
    const before = inside.requests;
    for (const [path, message] of [['/to-private', /Refused to fetch 127\.0\.0\.1:\d+: it is a loopback/], ['/to-ipv6-loopback', /Refused to fetch \[::1\]:\d+: it is a loopback/]] as const) {
      const error = await refusal(guardedFetch(`http://127.0.0.2:${port}${path}`, {}, strict()));
      expect(error.reason, path).toBe('REFUSED');
      expect(error.message, path).toMatch(message);
    }
    // Private networks open (development): link-local (the cloud metadata service) stays refused, after a redirect too.
    const metadata = await refusal(guardedFetch(`http://127.0.0.2:${port}/to-cloud-metadata`, {}, strict({ allowPrivateNetworks: true })));
    expect(metadata).toMatchObject({ reason: 'REFUSED', message: expect.stringMatching(/169\.254\.169\.254.*link-local/) });
    expect((await refusal(guardedFetch(`http://127.0.0.2:${port}/loop`, {}, strict()))).reason).toBe('TOO_MANY_REDIRECTS');
    // A POST gets the 307 back as a Response; its body is not re-sent anywhere.
    const post = await guardedFetch(`http://127.0.0.2:${port}/to-private-307`, { method: 'POST', body: 'secret=1' }, strict({ kind: 'token' }));
    expect(post.status).toBe(307);
    expect(post.headers.get('location')).toBe(`http://127.0.0.1:${port}/hello`);
    expect(inside.requests).toBe(before);
    // An allowed redirect is followed, and the Response says so.
    const followed = await guardedFetch(`http://127.0.0.2:${port}/again`, {}, strict());
    expect([followed.status, followed.redirected, followed.url, await followed.text()]).toEqual([200, true, `http://127.0.0.2:${port}/hello`, 'public']);
  });

  it('R18 POST with headers and a form body, non-2xx answers returned as Responses', async () => {
    const response = await guardedFetch(`http://127.0.0.2:${port}/echo`, { method: 'POST', headers: { 'x-custom': 'yes', 'accept-encoding': 'gzip' }, body: new URLSearchParams({ grant_type: 'authorization_code', code: 'c' }) }, strict({ kind: 'token' }));
    expect(response.status).toBe(201);
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({ method: 'POST', type: 'application/x-www-form-urlencoded;charset=UTF-8', custom: 'yes', encoding: 'identity', body: 'grant_type=authorization_code&code=c' });
    const missing = await guardedFetch(`http://127.0.0.2:${port}/missing`, {}, strict());
    expect([missing.status, missing.ok, await missing.text()]).toEqual([404, false, 'not here']);
    expect(events.at(-1)).toMatchObject({ kind: 'saml-metadata', outcome: 'HTTP_4XX' });
  });

  it('R18 size and time limits: oversized bodies are TOO_LARGE, a stalled body or head is TIMEOUT', async () => {
    for (const path of ['/big', '/big-chunked']) {
      const error = await refusal(guardedFetch(`http://127.0.0.2:${port}${path}`, {}, strict({ maxBytes: 1000 })));
      expect(error.reason, path).toBe('TOO_LARGE');
      expect(error.message, path).toMatch(/larger than 1000 bytes/);
    }
    for (const path of ['/stall-body', '/stall-headers']) {
      const error = await refusal(guardedFetch(`http://127.0.0.2:${port}${path}`, {}, strict({ timeoutMs: 300 })));
      expect(error.reason, path).toBe('TIMEOUT');
      expect(error.message, path).toBe(`127.0.0.2:${port} did not answer within 0.3 s.`);
    }
    expect(events.at(-1)).toMatchObject({ outcome: 'TIMEOUT', durationMs: expect.any(Number) });
    // The caller's own abort comes back as its reason, as from fetch.
    const controller = new AbortController();
    const pending = guardedFetch(`http://127.0.0.2:${port}/stall-headers`, { signal: controller.signal }, strict());
    controller.abort(new DOMException('stop', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(events.at(-1)).toMatchObject({ outcome: 'ABORTED' });
  });

  it('R18 https: the socket is pinned but TLS still names and verifies the host', async () => {
    const { cert, private: key } = await generate([{ name: 'commonName', value: 'idp.example' }], { keySize: 2048, algorithm: 'sha256' });
    const servernames: string[] = [];
    const tls = createTlsServer({ key, cert, SNICallback: (name, done) => { servernames.push(name); done(null); } }, (_q, res) => res.end('tls'));
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.2', resolve));
    try {
      const tlsPort = (tls.address() as { port: number }).port;
      const error = await refusal(guardedFetch(`https://idp.example:${tlsPort}/`, {}, strict({ resolve: async () => answers('127.0.0.2') })));
      expect(error.reason).toBe('UNREACHABLE');
      expect(error.message).toMatch(/SELF_SIGNED|self-signed/i); // not trusted: the certificate was checked
      expect(servernames).toEqual(['idp.example']);
    } finally {
      tls.closeAllConnections();
      await new Promise<void>((resolve) => tls.close(() => resolve()));
    }
  });
});

describe('OIDC sign-in through the guarded client (R13, R22)', () => {
  const SF_ORG = '00D000000000001AAA';
  const person = { username: 'sally', email: 'sally@acme.example' };

  it('R13 with private networks closed, an issuer on 127.0.0.1 fails the sign-in as IDP_UNAVAILABLE, refused before discovery', async () => {
    const api = await startTestApi({ METADATA_ALLOW_PRIVATE_NETWORKS: 'off' });
    const sandbox = await startSandbox({ port: 0, controlPlaneUrl: api.url, log: () => {} });
    const rig: Rig = { api, sandbox, close: async () => { await sandbox.close(); await api.close(); } };
    try {
      await setUpAccount(rig, { accountName: 'ClosedNet', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [person] });
      const outcome = await signIn(rig, { account: 'ClosedNet', loginHint: person.email });
      expect(outcome.ok).toBe(false);
      expect(outcome.code).toBe('IDP_UNAVAILABLE');
      expect(outcome.message).toMatch(/quote the trace ID/);
      const attempt = await api.db.loginAttempt.findUniqueOrThrow({ where: { traceId: outcome.traceId! } });
      expect(attempt).toMatchObject({ code: 'IDP_UNAVAILABLE', outcome: 'FAILURE' });
      expect(attempt.detail).toMatch(/^The IdP's address is not allowed: Refused to fetch 127\.0\.0\.1:\d+: it is a loopback address\./);
    } finally {
      await rig.close();
    }
  });

  describe('with private networks open (development)', () => {
    let rig: Rig;
    beforeAll(async () => {
      rig = await startRig();
      await setUpAccount(rig, { accountName: 'OpenNet', provider: 'SALESFORCE', protocol: 'OIDC', org: SF_ORG, salesforceOrgId: SF_ORG, users: [person] });
    });
    afterAll(() => rig?.close());

    it('R22 the same sign-in succeeds at the sandbox', async () => {
      expect((await signIn(rig, { account: 'OpenNet', loginHint: person.email })).ok).toBe(true);
    });

    it('R22 discovery, token, JWKS and userinfo requests all go through the guarded client (observer sees each kind)', async () => {
      const connection = await rig.api.db.idpConnection.findFirstOrThrow({ where: { tenant: { accountKey: 'opennet' } } });
      const events: Parameters<OutboundObserver>[0][] = [];
      const deps = { secrets: createSecretBox(rig.api.config.secretsKey), allowPrivateNetworks: true, observer: { outbound: (e: Parameters<OutboundObserver>[0]) => events.push(e) } };
      const config = await oidcConfiguration(connection, deps);
      expect(await oidcConfiguration(connection, deps)).toBe(config); // cached per connection version
      const verifier = client.randomPKCECodeVerifier();
      const [state, nonce] = [client.randomState(), client.randomNonce()];
      const authorize = client.buildAuthorizationUrl(config, {
        redirect_uri: `${rig.api.url}/sso/oidc/callback`, scope: 'openid email profile', state, nonce,
        code_challenge: await client.calculatePKCECodeChallenge(verifier), code_challenge_method: 'S256',
      });
      const callback = await authorizeAt(authorize, person.email);
      const tokens = await client.authorizationCodeGrant(config, new URL(callback), { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce, idTokenExpected: true });
      const claims = tokens.claims()!;
      const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      expect(info.sub).toBe(claims.sub);
      const host = new URL(rig.sandbox.url).host;
      expect(events.map((e) => [e.kind, e.host, e.outcome])).toEqual([
        ['oidc-discovery', host, 'OK'], ['token', host, 'OK'], ['jwks', host, 'OK'], ['userinfo', host, 'OK'],
      ]);
    });
  });
});
