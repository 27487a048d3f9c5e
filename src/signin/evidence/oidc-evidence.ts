// What an OIDC IdP said, for login history and the support bundle: the callback's
// parameters (whether a code came, never the code), the ID token's header and claims
// (never the token itself), and what the token endpoint answered.
const MAX_VALUE = 256;

const clip = (value: unknown): unknown => {
  if (typeof value === 'string') return value.slice(0, MAX_VALUE);
  if (Array.isArray(value)) return value.slice(0, 16).map(clip);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).slice(0, 64).map(([k, v]) => [k, clip(v)]));
  return value;
};

export function evidenceOfCallback(callbackUrl: URL): Record<string, unknown> {
  const q = callbackUrl.searchParams;
  return {
    protocol: 'OIDC',
    callback: {
      code: q.has('code') ? '[received]' : null,
      state: q.has('state') ? '[received]' : null,
      iss: q.get('iss'),
      error: q.get('error'),
      errorDescription: q.get('error_description')?.slice(0, MAX_VALUE) ?? null,
    },
  };
}

/** The JOSE header of a compact JWT (alg, kid, typ), without trusting it. */
export function jwtHeader(jwt: string | undefined): Record<string, unknown> | null {
  if (!jwt) return null;
  try {
    const header = JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
    return { alg: header.alg ?? null, kid: header.kid ?? null, typ: header.typ ?? null };
  } catch {
    return null;
  }
}

export function idTokenEvidence(claims: Record<string, unknown> | undefined, header: Record<string, unknown> | null, verified: boolean): Record<string, unknown> {
  return { verified, header, claims: claims ? clip(claims) : null };
}
