// The SAML HTTP-POST binding's page on its own (issue 14): the CSP names the SSO endpoint
// as CSP matches it (no query; `;` and `,` encoded so they cannot end the directive), the
// form action and fields are HTML-escaped, and the nonce is fresh for every page.
import { describe, expect, it } from 'vitest';
import { postToIdpPage } from '../../src/signin/pages/post-to-idp.ts';

const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));

describe('the AuthnRequest form page (R18)', () => {
  it('R18 form-action is the SSO URL without its query, with ; and , percent-encoded; the action keeps its query, escaped', () => {
    const { body, headers } = postToIdpPage({ action: 'https://idp.example/app;v=1,x/sso?tenant=a&b="c"', fields: { SAMLRequest: 'PHNhbWxwOkF1dGhuUmVxdWVzdC8+', RelayState: 'r<1>' } });
    expect(directive(headers['content-security-policy']!, 'form-action')).toBe('form-action https://idp.example/app%3Bv=1%2Cx/sso');
    expect(body).toContain('action="https://idp.example/app;v=1,x/sso?tenant=a&amp;b=&quot;c&quot;"');
    expect(body).toContain('<input type="hidden" name="RelayState" value="r&lt;1&gt;">');
    expect(headers['cache-control']).toBe('no-store');
    expect(directive(headers['content-security-policy']!, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('R18 a fresh nonce per page, the one script carrying it; no RelayState field when there is none', () => {
    const pages = [1, 2].map(() => postToIdpPage({ action: 'https://idp.example/sso', fields: { SAMLRequest: 'eA==' } }));
    const nonces = pages.map((p) => /'nonce-([^']+)'/.exec(p.headers['content-security-policy']!)![1]!);
    expect(nonces[0]).not.toBe(nonces[1]);
    pages.forEach((p, i) => expect([...p.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1])).toEqual([` nonce="${nonces[i]}"`]));
    expect(pages[0]!.body).not.toContain('RelayState');
  });
});
