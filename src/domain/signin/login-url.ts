// R03: a login URL stored elsewhere (Salesforce call-center "CTI Adapter URL") must
// follow the SSO URL syntax: this service's /login with ?account=AccountName. An invalid
// one is answered with the catalog's LOGIN_URL_INVALID message, filled; `problem` says
// which part is wrong.
import { renderMessage } from '../../../common/failures/catalog.ts';
import { loginUrlExample } from './login-options.ts';

export type LoginUrlCheck =
  | { valid: true; accountName: string }
  | { valid: false; code: 'LOGIN_URL_INVALID'; message: string; problem: string };

export function checkLoginUrl(publicUrl: string, candidate: string): LoginUrlCheck {
  const given = candidate.trim();
  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    url = null;
  }
  const account = url?.searchParams.get('account') || null;
  const invalid = (problem: string): LoginUrlCheck => ({
    valid: false,
    code: 'LOGIN_URL_INVALID',
    // The example names the account the URL meant, when it names one.
    message: renderMessage('LOGIN_URL_INVALID', { url: given, loginUrlExample: loginUrlExample(publicUrl, account ?? undefined) }),
    problem,
  });
  if (!url) return invalid('It is not an absolute URL.');
  const base = new URL(publicUrl);
  if (url.origin !== base.origin) return invalid(`It points at ${url.origin}, not at ${base.origin}.`);
  const loginPath = `${base.pathname.replace(/\/$/, '')}/login`;
  if (url.pathname !== loginPath && url.pathname !== `${loginPath}/`) return invalid(`Its path is ${url.pathname}, not ${loginPath}.`);
  if (!account) return invalid('It has no ?account=AccountName parameter.');
  return { valid: true, accountName: account };
}
