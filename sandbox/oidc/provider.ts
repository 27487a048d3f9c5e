// One oidc-provider instance per impersonated org: its own issuer URL, signing key, JWKS,
// claim shape and storage. Clients come from the directory (see store.ts), sign-in from
// the login page or the headless path, scenarios act through the middleware below.
import { AsyncLocalStorage } from 'node:async_hooks';
import Provider, { errors, interactionPolicy, type AdapterPayload, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { SandboxContext } from '../context.ts';
import { orgKeyOf, type OidcClient, type Org, type Person } from '../directory/types.ts';
import type { SignInEffects } from '../scenarios/effects.ts';
import { signingMaterial, type SigningMaterial } from '../keys/keys.ts';
import { issuerPath, loginPagePath } from '../paths.ts';
import { downBody, foldAvailability, sleep } from '../scenarios/availability.ts';
import { presentPerson } from '../scenarios/claims.ts';
import { scenarioMark } from '../scenarios/effects.ts';
import { needsIdTokenRewrite, rewriteIdToken } from '../scenarios/id-token.ts';
import { signIn } from '../signin/signin.ts';
import { CLAIMS } from './claims/index.ts';
import { MemoryStore } from './store.ts';

export interface OidcIssuer {
  issuer: string;
  provider: Provider;
  handler: ReturnType<Provider['callback']>;
  store: MemoryStore;
  subjectFor(person: Person, fx: SignInEffects, clientId: string | undefined): string;
}

const ID_TOKEN_TTL_SECONDS = 300;
/** JWT access tokens for an API (a resource indicator = the audience the RP asked for). */
const API_ACCESS_TOKEN_TTL_SECONDS = 600;
const API_SCOPE = 'api';

/** The keys an issuer signs with and publishes: the signer first, then the retired keys still in the JWKS. */
export interface IssuerKeys {
  signer: SigningMaterial;
  retired: SigningMaterial[];
}

/** Salesforce accepts client_secret_basic and _post alike; oidc-provider wants one per client. */
const authMethod = new AsyncLocalStorage<string>();

function clientMetadata(client: OidcClient | undefined): AdapterPayload | undefined {
  if (!client) return undefined;
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    client_name: client.name,
    redirect_uris: client.redirectUris,
    grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
    response_types: ['code'],
    token_endpoint_auth_method: authMethod.getStore() ?? 'client_secret_basic',
  } as AdapterPayload;
}

function sourceIp(kctx: { ip?: string; req: { socket: { remoteAddress?: string } } }): string {
  return kctx.req.socket.remoteAddress ?? kctx.ip ?? 'unknown';
}

/** The grant of the flow a request belongs to (token, userinfo, authorization). */
function grantIdOf(kctx: KoaContextWithOIDC): string | undefined {
  const e = kctx.oidc?.entities;
  return e?.AuthorizationCode?.grantId ?? e?.RefreshToken?.grantId ?? e?.AccessToken?.grantId ?? e?.Grant?.jti;
}

/** The keys of an org before any rotation: its current key alone. */
export async function initialKeys(orgKey: string): Promise<IssuerKeys> {
  return { signer: await signingMaterial(orgKey, 'current'), retired: [] };
}

/**
 * `keys` (default: the org's current key) lets a rotation build the issuer again with a
 * new signer; `store` keeps codes, grants and sessions across that rebuild.
 */
export async function createIssuer(ctx: SandboxContext, org: Org, options: { keys?: IssuerKeys; store?: MemoryStore } = {}): Promise<OidcIssuer> {
  const orgKey = orgKeyOf(org);
  const issuer = `${ctx.publicUrl}${issuerPath(org)}`;
  const [keys, foreign] = await Promise.all([options.keys ?? initialKeys(orgKey), signingMaterial(orgKey, 'foreign')]);
  const current = keys.signer;
  const family = CLAIMS[org.provider];
  const store = options.store ?? new MemoryStore((id) => clientMetadata(ctx.directory.client(orgKey, id)));

  /** The accountId (= sub) of a sign-in, remembered so findAccount finds the person again. */
  const subjectFor = (person: Person, fx: SignInEffects, clientId: string | undefined): string => {
    const { sub } = family.shape(presentPerson(ctx.directory, person, fx), { sandboxUrl: ctx.publicUrl, clientId });
    ctx.tickets.remember(orgKey, sub, person.id);
    return sub;
  };

  // Every authorization request signs in afresh, so scenarios act per flow, never
  // through a remembered session.
  const policy = interactionPolicy.base();
  policy.get('login')!.checks.add(new interactionPolicy.Check(
    'sandbox_fresh_login',
    'the sandbox signs the person in on every authorization request',
    (kctx) => (kctx.oidc.result?.login || kctx.state.sandboxAuto ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT),
  ));

  const configuration: Configuration = {
    adapter: store.adapter,
    clients: [],
    // Tokens issued under an armed scenario say so (`sandbox_scenario`, scenarios/effects.ts).
    claims: { ...family.scopes, openid: [...(family.scopes.openid ?? ['sub']), 'sandbox_scenario'] },
    scopes: ['openid', 'offline_access', ...Object.keys(family.scopes).filter((s) => s !== 'openid')],
    conformIdTokenClaims: false,
    cookies: { keys: [current.kid + orgKey] },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      // Access tokens for an API: the RP names the API by `resource` (RFC 8707; its value is
      // the token's aud), and gets a JWT access token (RFC 9068) signed like the ID token,
      // by a person's authorization code or by client credentials (no person).
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async (_kctx, _client, oneOf) => oneOf,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_kctx, resource) => ({
          scope: API_SCOPE,
          audience: resource,
          accessTokenFormat: 'jwt',
          accessTokenTTL: API_ACCESS_TOKEN_TTL_SECONDS,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // A person's API access token carries the person's claims (email, username, org …) as
    // the ID token does, so an API can match it to its users; a client-credentials token
    // names only the client.
    extraTokenClaims: async (kctx, token) => {
      const accountId = (token as { accountId?: string }).accountId;
      if (!accountId || !(token as { resourceServer?: unknown }).resourceServer) return undefined;
      const account = await configuration.findAccount!(kctx, accountId);
      const { sub: _sub, ...claims } = (await account?.claims('userinfo', 'openid', {}, [])) ?? {};
      return claims;
    },
    interactions: { policy, url: (_kctx, interaction) => `${ctx.publicUrl}${loginPagePath(org, interaction.uid)}` },
    jwks: { keys: [current, ...keys.retired].map((k) => k.privateJwk as never) },
    // A clock-skew scenario moves a person's JWT access token in time as it moves the ID
    // token (iat/exp, and nbf as an IdP running ahead sets it), so an API sees it expired
    // or not yet valid, signed by the published key.
    formats: {
      customizers: {
        jwt: async (_kctx, token, jwt) => {
          const skew = ctx.tickets.effectsOf((token as { grantId?: string }).grantId).skewSeconds;
          if (skew === undefined) return;
          for (const claim of ['iat', 'exp', 'nbf'] as const) if (typeof jwt.payload[claim] === 'number') jwt.payload[claim] = (jwt.payload[claim] as number) + skew;
          jwt.payload.nbf ??= jwt.payload.iat;
        },
      },
    },
    findAccount: async (kctx, sub) => {
      const personId = ctx.tickets.personOf(orgKey, sub);
      const person = personId ? ctx.directory.person(personId) : undefined;
      if (!person) return undefined;
      return {
        accountId: sub,
        claims: async (use) => {
          const fx = ctx.tickets.effectsOf(grantIdOf(kctx));
          const clientId = kctx.oidc.client?.clientId;
          const { email, email_verified, ...rest } = family.shape(presentPerson(ctx.directory, person, fx), { sandboxUrl: ctx.publicUrl, clientId }) as Record<string, unknown>;
          // A client registered without the email optional claim gets it from userinfo only.
          const withEmail = use !== 'id_token' || ctx.directory.client(orgKey, clientId ?? '')?.idTokenEmail !== false;
          const claims = { ...rest, ...(withEmail && email !== undefined ? { email } : {}), ...(withEmail && email_verified !== undefined ? { email_verified } : {}) } as { sub: string };
          const mark = scenarioMark(fx);
          return mark ? { ...claims, sandbox_scenario: mark } : claims;
        },
      };
    },
    // The headless path: login_hint + sandbox_auto=1 signs in and consents within the
    // authorization request itself, so it answers with the code at once.
    extraParams: {
      sandbox_auto: async (kctx: KoaContextWithOIDC, value: string | undefined) => {
        if (value === undefined) return;
        if (value !== '1') throw new errors.InvalidRequest('sandbox_auto must be 1');
        const hint = kctx.oidc.params?.login_hint as string | undefined;
        if (!hint) throw new errors.InvalidRequest('sandbox_auto=1 needs login_hint (a person\'s username or email)');
        const client = ctx.directory.client(orgKey, kctx.oidc.client!.clientId);
        const outcome = signIn(ctx, {
          org: orgKey, hint, protocol: 'oidc', client, clientKey: client?.clientId, application: client?.name ?? 'unknown', sourceIp: sourceIp(kctx),
        });
        if (!outcome.ok) {
          if (outcome.error === 'unknown_person') throw new errors.InvalidRequest(`login_hint: ${outcome.description}`);
          throw new errors.AccessDenied(outcome.description);
        }
        kctx.oidc.session!.loginAccount({ accountId: subjectFor(outcome.person, outcome.fx, client?.clientId) });
        kctx.state.sandboxAuto = outcome.fx;
      },
    },
    loadExistingGrant: async (kctx) => {
      const oidc = kctx.oidc;
      if (kctx.state.sandboxAuto) {
        const grant = new oidc.provider.Grant({ accountId: oidc.session!.accountId!, clientId: oidc.client!.clientId });
        grant.addOIDCScope(String(oidc.params?.scope ?? 'openid'));
        // The API the RP named by `resource` is granted with its scope (no consent screen here).
        for (const resource of Object.keys(oidc.resourceServers ?? {})) grant.addResourceScope(resource, API_SCOPE);
        ctx.tickets.attach(await grant.save(), kctx.state.sandboxAuto as SignInEffects);
        return grant;
      }
      const grantId = (oidc.result?.consent as { grantId?: string } | undefined)?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
      return grantId ? oidc.provider.Grant.find(grantId) : undefined;
    },
    pkce: { required: () => false },
    renderError: async (kctx, out) => {
      kctx.type = 'json';
      kctx.body = out;
    },
    // ID tokens live 5 minutes, like the SAML assertions (saml/response.ts): a clock-skew
    // scenario of -3600 s then issues a token long expired. With a one-hour lifetime that
    // skew ended exactly at "now", and an RP's clock tolerance accepted it.
    // API access tokens (JWT, for a resource) live 10 minutes; userinfo-only ones an hour.
    ttl: {
      AuthorizationCode: 300, IdToken: ID_TOKEN_TTL_SECONDS, Interaction: 1800, Session: 3600, Grant: 3600,
      AccessToken: (_kctx, token) => token.resourceServer?.accessTokenTTL ?? 3600,
      ClientCredentials: (_kctx, token) => token.resourceServer?.accessTokenTTL ?? API_ACCESS_TOKEN_TTL_SECONDS,
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.proxy = true;

  provider.use(async (kctx, next) => {
    // IDP_UNAVAILABLE acts at every endpoint of its channel: the front (authorization and
    // the login pages the browser sees) or the back (discovery, JWKS, token, userinfo).
    const hint = kctx.path === '/auth' ? (kctx.query.login_hint as string | undefined) : undefined;
    const client = kctx.path === '/auth' ? (kctx.query.client_id as string | undefined) : undefined;
    const channel = /^\/(auth|interaction|session)\b/.test(kctx.path) ? 'front' : 'back';
    const av = foldAvailability(ctx.scenarios.take({ org: orgKey, protocol: 'oidc', hint, client, channel }, 'availability'));
    if (av.delayMs) await sleep(av.delayMs);
    if (av.downStatus) {
      kctx.status = av.downStatus;
      kctx.type = 'json';
      kctx.body = downBody(av.downStatus);
      return;
    }
    const basic = /^basic /i.test(kctx.get('authorization'));
    await authMethod.run(basic ? 'client_secret_basic' : 'client_secret_post', next);

    const body = kctx.body as { id_token?: string } | undefined;
    if (kctx.path === '/token' && kctx.status === 200 && body?.id_token) {
      const fx = ctx.tickets.effectsOf(grantIdOf(kctx as unknown as KoaContextWithOIDC));
      if (needsIdTokenRewrite(fx)) body.id_token = rewriteIdToken(body.id_token, fx, { current, foreign });
    }
  });

  return { issuer, provider, handler: provider.callback(), store, subjectFor };
}
