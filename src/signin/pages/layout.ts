// Minimal, dependency-free HTML for the sign-in pages. Everything interpolated goes
// through esc(); pages carry a strict CSP: the one script allowed is the trace-id copy
// button's, by its hash.
import { createHash } from 'node:crypto';
export const esc = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0;display:flex;justify-content:center}
main{background:#fff;margin:4rem 1rem;padding:2rem 2.5rem;border-radius:8px;box-shadow:0 1px 4px #0002;max-width:34rem;width:100%}
h1{font-size:1.4rem;margin-top:0} .sso{display:block;margin:.6rem 0;padding:.75rem 1rem;border-radius:6px;background:#1f5fbf;color:#fff;text-decoration:none;text-align:center;font-weight:600}
.hint{background:#fff8e1;border-left:4px solid #f0b400;padding:.75rem 1rem} .error{background:#fdecea;border-left:4px solid #d93025;padding:.75rem 1rem}
.trace{color:#555;font-size:.9rem} .support h2{font-size:1.05rem;margin-bottom:.3rem} button{padding:.25rem .6rem} form.inline{display:inline} label{display:block;margin:.5rem 0 .2rem} input{padding:.5rem;width:100%;box-sizing:border-box}
table{border-collapse:collapse;width:100%} td,th{text-align:left;padding:.3rem;border-bottom:1px solid #eee;font-size:.9rem}
</style></head><body><main>${body}</main></body></html>`;
}

/** Copies the trace id to the clipboard (the failure page's Copy button). */
export const COPY_SCRIPT = "document.getElementById('copy-trace').addEventListener('click',function(){var t=document.getElementById('trace-id').textContent;var s=document.getElementById('copy-status');navigator.clipboard.writeText(t).then(function(){s.textContent='Copied';},function(){s.textContent='Select the trace ID and copy it';});});";
const COPY_SCRIPT_HASH = createHash('sha256').update(COPY_SCRIPT).digest('base64');

export const SECURITY_HEADERS = {
  'content-security-policy': `default-src 'none'; script-src 'sha256-${COPY_SCRIPT_HASH}'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};
