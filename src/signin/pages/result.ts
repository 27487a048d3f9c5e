import { COPY_SCRIPT, esc, page } from './layout.ts';

/**
 * A failed sign-in: the documented message word for word, then what the seed asks for
 * anything the user cannot fix alone (R13): contact support, with the trace id that
 * leads support to the cause — shown with a button that copies it.
 */
export function failurePage(message: string, code: string, traceId: string, retryPath: string | null): string {
  return page('Sign-in failed', `<h1>Sign-in failed</h1>
<p class="error" data-code="${esc(code)}" id="message">${esc(message)}</p>
${retryPath ? `<p><a href="${esc(retryPath)}">Back to the sign-in page</a></p>` : ''}
<section class="support" aria-labelledby="support-heading"><h2 id="support-heading">Still not working?</h2>
<p>Contact support for help, and quote this trace ID: it tells them what happened.</p>
<p class="trace">Trace ID: <code id="trace-id">${esc(traceId)}</code> <button type="button" id="copy-trace" aria-label="Copy the trace ID">Copy</button> <span id="copy-status" role="status"></span></p>
</section><script>${COPY_SCRIPT}</script>`);
}

export interface SwitchRow { accountName: string; displayName: string; possible: boolean; code: string | null; message: string | null; current: boolean }

export function signedInPage(info: { username: string; displayName: string | null; accountName: string; kind: string; provider: string }, accounts: SwitchRow[]): string {
  const rows = accounts
    .map((a) => `<tr><td>${esc(a.displayName)} (${esc(a.accountName)})</td><td>${
      a.current ? 'current' : a.possible ? `<a href="/sso/switch?account=${encodeURIComponent(a.accountName)}">switch</a>` : `<span data-code="${esc(a.code)}">${esc(a.message)}</span>`
    }</td></tr>`)
    .join('');
  return page('Signed in', `<h1 id="signed-in">Signed in</h1>
<p>You are signed in as <strong id="username">${esc(info.displayName ?? info.username)}</strong> (${esc(info.kind.toLowerCase())}) to the account <strong id="account">${esc(info.accountName)}</strong> with ${esc(info.provider)}.</p>
${accounts.length > 1 ? `<h2>Your accounts</h2><table>${rows}</table>` : ''}
<form method="post" action="/logout"><button type="submit">Sign out</button></form>`);
}

export function testResultPage(accountName: string, username: string, audience: string, traceId: string): string {
  return page('Test sign-in succeeded', `<h1 id="test-succeeded">Test sign-in succeeded</h1>
<p>The identity provider signed you in and the account <strong>${esc(accountName)}</strong> matched the ${esc(audience.toLowerCase())} <strong id="matched-user">${esc(username)}</strong>. No session was opened; readiness now counts this test.</p>
<p class="trace">Trace ID: <code>${esc(traceId)}</code></p>`);
}
