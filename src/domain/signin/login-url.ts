// R03: a login URL stored elsewhere (Salesforce call-center "CTI Adapter URL") must
// follow the SSO URL syntax: this service's /login with ?account=AccountName.
export type LoginUrlCheck = { valid: true; accountName: string } | { valid: false; problem: string };

export function checkLoginUrl(publicUrl: string, candidate: string): LoginUrlCheck {
  let url: URL;
  try {
    url = new URL(candidate.trim());
  } catch {
    return { valid: false, problem: 'It is not an absolute URL.' };
  }
  const base = new URL(publicUrl);
  if (url.origin !== base.origin) return { valid: false, problem: `It points at ${url.origin}, not at ${base.origin}.` };
  const loginPath = `${base.pathname.replace(/\/$/, '')}/login`;
  if (url.pathname !== loginPath && url.pathname !== `${loginPath}/`) return { valid: false, problem: `Its path is ${url.pathname}, not ${loginPath}.` };
  const account = url.searchParams.get('account');
  if (!account) return { valid: false, problem: 'It has no ?account=AccountName parameter.' };
  return { valid: true, accountName: account };
}
