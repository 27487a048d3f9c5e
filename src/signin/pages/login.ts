import type { Audience } from '../../domain/signin/audience.ts';
import type { LoginOptions } from '../../domain/signin/login-options.ts';
import { esc, page } from './layout.ts';

/** R01/R02: the login page — one button per configured provider, or a plain hint why none. */
export function loginPage(options: LoginOptions, audience: Audience): string {
  const who = audience === 'agent' ? 'softphone (agents)' : 'admin portal (users)';
  const title = options.tenant ? `Sign in to ${options.tenant.displayName}` : 'Sign in';
  const buttons = options.buttons.map((b) => `<a class="sso" data-provider="${esc(b.provider)}" href="${esc(b.startPath)}">${esc(b.label)}</a>`).join('\n');
  const hint = options.reason ? `<p class="hint" data-code="${esc(options.reason.code)}">${esc(options.reason.message)}</p>` : '';
  return page(title, `<h1>${esc(title)}</h1><p>${esc(who)}</p>${buttons}${hint}
<form method="get" action="/login"><label for="account">Account name</label><input id="account" name="account" value="${esc(options.accountName ?? '')}" autocomplete="organization">
<input type="hidden" name="audience" value="${esc(audience)}"></form>`);
}
