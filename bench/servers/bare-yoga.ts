// Baseline: graphql-yoga with a one-field schema, on the same HTTP stack (Hono on
// @hono/node-server), answering `{ __typename }`. Prints {port} when ready.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), logging: false, graphiql: false, landingPage: false });
const app = new Hono();
app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw, {}));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => process.stdout.write(`${JSON.stringify({ port: info.port })}\n`));
