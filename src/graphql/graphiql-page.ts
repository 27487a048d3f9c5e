// The development GraphiQL page, without a CDN: yoga's own page pulls its script, styles
// and Monaco workers from unpkg and is blank offline. This page loads the same GraphiQL
// build from our own asset route (src/http/graphiql-routes.ts) and runs under a strict
// CSP: no inline script (the options travel as a JSON data block), nothing off-origin.
import type { GraphiQLOptions } from 'graphql-yoga';

export const GRAPHIQL_ASSET_PATH = '/graphiql/assets';

/** Runs before the bundle: Monaco asks for its workers by label; they are our own files. */
export const GRAPHIQL_START_SCRIPT = `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) {
    var files = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' };
    return '${GRAPHIQL_ASSET_PATH}/' + (files[label] || files.editorWorkerService);
  },
};
document.addEventListener('DOMContentLoaded', function () {
  var options = JSON.parse(document.getElementById('graphiql-options').textContent);
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), options);
});
`;

// Monaco injects <style> elements and style attributes, hence 'unsafe-inline' for styles
// only; fonts and icons in the stylesheet are data: URLs.
export const GRAPHIQL_PAGE_HEADERS = {
  'content-security-policy': [
    "default-src 'none'", "script-src 'self'", "worker-src 'self'", "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'", "font-src data:", "img-src 'self' data:",
    "form-action 'none'", "frame-ancestors 'none'", "base-uri 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const escHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
// Inside <script type="application/json"> only "</script" could end the block early.
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** yoga's `renderGraphiQL`: the page around the options yoga passes (title, headers, endpoint…). */
export function renderLocalGraphiQL(options: GraphiQLOptions): string {
  const title = options.title || 'GraphiQL';
  const favicon = options.favicon || `${GRAPHIQL_ASSET_PATH}/favicon.ico`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escHtml(title)}</title>
<link rel="icon" href="${escHtml(favicon)}">
<link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.css">
</head><body id="body" class="no-focus-outline">
<noscript>GraphiQL needs JavaScript.</noscript>
<div id="root"></div>
<script type="application/json" id="graphiql-options">${jsonForScript(options)}</script>
<script src="${GRAPHIQL_ASSET_PATH}/start.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/graphiql.js"></script>
</body></html>`;
}
