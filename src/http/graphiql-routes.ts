// GraphiQL's files served by us, so the development page works without internet: the
// build that @graphql-yoga/render-graphiql ships (script, styles, Monaco workers, icon),
// loaded from node_modules once at startup. Also gives the page at GET /graphql its
// security headers, which yoga's renderer cannot set. Mount before the /graphql handler.
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { GRAPHIQL_ASSET_PATH, GRAPHIQL_PAGE_HEADERS, GRAPHIQL_START_SCRIPT } from '../graphql/graphiql-page.ts';

interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

const JS = 'text/javascript; charset=utf-8';

async function loadAssets(): Promise<Map<string, Asset>> {
  const build = await import('@graphql-yoga/render-graphiql/graphiql');
  const favicon = Buffer.from(build.favicon.replace(/^data:[^,]*;base64,/, ''), 'base64');
  const files: [string, string, string | Buffer<ArrayBuffer>][] = [
    ['start.js', JS, GRAPHIQL_START_SCRIPT],
    ['graphiql.js', JS, build.js],
    ['graphiql.css', 'text/css; charset=utf-8', build.css],
    ['editor.worker.js', JS, build.editorWorkerService],
    ['json.worker.js', JS, build.jsonWorker],
    ['graphql.worker.js', JS, build.graphqlWorker],
    ['favicon.ico', 'image/x-icon', favicon],
  ];
  return new Map(files.map(([name, type, content]) => {
    const body = typeof content === 'string' ? Buffer.from(content) : content;
    return [name, { type, body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` }];
  }));
}

/** The asset route and the page's headers; nothing at all when GraphiQL is off (production). */
export function graphiqlRoutes(enabled: boolean): Hono {
  const app = new Hono();
  if (!enabled) return app;
  const assets = loadAssets();
  // Don't let an unhandled rejection crash startup; a request then reports it as a 500.
  assets.catch(() => {});

  app.get(`${GRAPHIQL_ASSET_PATH}/:file`, async (c) => {
    const asset = (await assets).get(c.req.param('file'));
    if (!asset) return c.notFound();
    const headers = { 'content-type': asset.type, etag: asset.etag, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304, headers);
    return c.body(asset.body, 200, headers);
  });

  app.get('/graphql', async (c, next) => {
    await next();
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      for (const [name, value] of Object.entries(GRAPHIQL_PAGE_HEADERS)) c.res.headers.set(name, value);
    }
  });
  return app;
}
