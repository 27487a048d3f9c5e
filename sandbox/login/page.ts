// The human login page: pick a person of the org or type a username/email; the armed
// scenarios that can hit this org are shown, so a tester sees what will happen.
import type { Org, Person } from '../directory/types.ts';
import type { ArmedScenario } from '../scenarios/registry.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface LoginPageInput {
  org: Org;
  application: string;
  protocol: 'OIDC' | 'SAML';
  action: string;
  hidden: Record<string, string>;
  people: Person[];
  scenarios: ArmedScenario[];
  hint?: string;
  error?: string;
}

export function renderLoginPage(input: LoginPageInput): string {
  const hidden = Object.entries(input.hidden).map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`).join('');
  const people = input.people.map((p) => `<li><button name="login" value="${esc(p.username)}">${esc(p.name)}</button> <code>${esc(p.username)}</code>${
    p.email ? '' : ' <em>(no email)</em>'}${p.email && !p.emailVerified ? ' <em>(email unverified)</em>' : ''}</li>`).join('');
  const armed = input.scenarios.length
    ? `<div class="armed"><strong>Armed scenarios that can hit this sign-in:</strong><ul>${input.scenarios.map((s) => `<li><code>${esc(s.code)}</code> (${esc(s.behaviour)}${
      s.scope.person ? `, person ${esc(s.scope.person)}` : ''}${s.scope.client ? `, app ${esc(s.scope.client)}` : ''}${s.once ? ', once' : ''}) → expected at the SP: ${
      esc(Object.entries(s.expected).map(([p, c]) => `${p.toUpperCase()} ${c}`).join(', '))}</li>`).join('')}</ul></div>`
    : '<p>No scenario armed: sign-in succeeds.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in: ${esc(input.org.name)} (sandbox TEST IdP)</title>
<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem}.banner{background:#b00020;color:#fff;padding:.5rem 1rem;font-weight:bold}
.armed{background:#fff3cd;border:1px solid #e0c060;padding:.5rem 1rem}.error{color:#b00020}li{margin:.3rem 0}</style></head><body>
<div class="banner">TEST IdP: sandbox only, never for production sign-in</div>
<h1>${esc(input.org.name)}</h1>
<p>${esc(input.protocol)} sign-in for <strong>${esc(input.application)}</strong> (${esc(input.org.provider)} ${esc(input.org.id)}).</p>
${armed}
${input.error ? `<p class="error">${esc(input.error)}</p>` : ''}
<form method="post" action="${esc(input.action)}">${hidden}
<p><label>Username or email <input name="typed" value="${esc(input.hint ?? '')}" autofocus></label> <button name="login" value="">Sign in</button></p>
<p>Or choose a person:</p><ul>${people}</ul>
</form></body></html>`;
}

/** The person the form names: a chosen button wins over the typed field. */
export function loginFromForm(form: Record<string, unknown>): string {
  const chosen = typeof form.login === 'string' ? form.login.trim() : '';
  return chosen || (typeof form.typed === 'string' ? form.typed.trim() : '');
}
