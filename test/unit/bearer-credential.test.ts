// R15: a bearer JWT and one of the product's own API tokens can never be mistaken for each other.
import { describe, expect, it } from 'vitest';
import { UnsecuredJWT } from 'jose';
import { bearerCredential } from '../../src/security/bearer-credential.ts';
import { newApiToken } from '../../src/security/api-tokens.ts';

describe('R15 bearer credentials', () => {
  it('R15 tells the product\'s API tokens from JWTs without ambiguity', () => {
    const { token } = newApiToken();
    expect(bearerCredential(`Bearer ${token}`)).toEqual({ kind: 'API_TOKEN', token });
    const jwt = new UnsecuredJWT({ iss: 'https://idp.example', sub: 'x' }).encode();
    expect(bearerCredential(`Bearer ${jwt}`)).toEqual({ kind: 'JWT', token: jwt });
    // An sso_ token shaped like a JWS is still an API token; a three-part value without a JOSE header is no JWT.
    const header = Buffer.from('{"alg":"RS256"}').toString('base64url');
    expect(bearerCredential(`Bearer sso_${header}.e30.x`)?.kind).toBe('API_TOKEN');
    expect(bearerCredential('Bearer abcdefghijklmnop.qrstuvwx.yz')?.kind).toBe('API_TOKEN');
    expect(bearerCredential('Basic abc')).toBeNull();
    expect(bearerCredential(undefined)).toBeNull();
  });
});
