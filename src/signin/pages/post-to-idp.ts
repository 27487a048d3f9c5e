// The SAML HTTP-POST binding's page: a form that posts the AuthnRequest to the IdP's SSO
// URL and submits itself. Its CSP lets the form go to that one endpoint only (not 'self',
// not any other IdP) and runs only the submitting script, by a nonce fresh per response;
// without JavaScript, a button does the same.
import { randomBytes } from 'node:crypto';
import type { SamlPostForm } from '../saml/authn-request.ts';
import { esc, page, SECURITY_HEADERS } from './layout.ts';

const SUBMIT_SCRIPT = "document.getElementById('saml-post').submit();";

/**
 * The SSO URL as a CSP source: scheme, host and path (CSP ignores the query). `;` and `,`
 * would end the directive or the policy, so they are percent-encoded, as CSP matches them.
 */
function formActionSource(ssoUrl: string): string {
  const url = new URL(ssoUrl);
  return `${url.protocol}//${url.host}${url.pathname}`.replace(/;/g, '%3B').replace(/,/g, '%2C');
}

export function postToIdpPage(form: SamlPostForm): { body: string; headers: Record<string, string> } {
  const nonce = randomBytes(18).toString('base64');
  const hidden = Object.entries(form.fields).map(([name, value]) => `<input type="hidden" name="${esc(name)}" value="${esc(value)}">`).join('');
  const body = page('Signing in…', `<h1>Signing in</h1><p>Sending you to your identity provider…</p>`
    + `<form id="saml-post" method="post" action="${esc(form.action)}">${hidden}`
    + '<noscript><p>JavaScript is off: press Continue to go on to your identity provider.</p><button type="submit">Continue</button></noscript></form>'
    + `<script nonce="${nonce}">${SUBMIT_SCRIPT}</script>`);
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; form-action ${formActionSource(form.action)}; frame-ancestors 'none'; base-uri 'none'`;
  return { body, headers: { ...SECURITY_HEADERS, 'content-security-policy': csp } };
}
