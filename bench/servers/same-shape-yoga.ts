// Ceiling for the admin query (issue 2): the product's own schema (schema.graphql) served
// by graphql-yoga on the same HTTP stack as the product, answering the admin query from
// memory — plain graphql-js resolvers, no database, no authentication, no Pothos. Global
// IDs and cursors are encoded per request, as the product does. Whatever the product's
// data layer does, the admin query cannot beat this. Prints {port} when ready.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createSchema, createYoga } from 'graphql-yoga';

const typeDefs = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const now = new Date();
const tenant = { id: 'tenant-1', accountName: 'bench', displayName: 'Bench', ssoEntitled: false, ssoEnabled: false };
const connections = ['SALESFORCE', 'OKTA'].map((provider, i) => ({
  id: `connection-${i}`, name: provider, provider, protocol: 'OIDC', identifierField: 'EMAIL', oidc: { issuer: null, clientId: null, clientSecretSet: false, scopes: [] },
}));
const users = Array.from({ length: 1_000 }, (_, i) => ({
  id: `user-${String(i).padStart(6, '0')}`, username: `user-${i}`, email: `user-${i}@bench.example`, externalId: `ext-${i}`, kind: 'USER', isAdmin: false, createdAt: now,
}));

/** A forward page of `rows`, as a Relay connection. */
function page<T extends { id: string }>(rows: T[], first: number) {
  const slice = rows.slice(0, first);
  return {
    edges: slice.map((node) => ({ node, cursor: Buffer.from(node.id).toString('base64') })),
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: false, startCursor: slice[0] ? Buffer.from(slice[0].id).toString('base64') : null, endCursor: slice.at(-1) ? Buffer.from(slice.at(-1)!.id).toString('base64') : null },
  };
}

const schema = createSchema({
  typeDefs,
  resolverValidationOptions: { requireResolversForResolveType: 'ignore' },
  resolvers: {
    Query: { tenant: (_: unknown, args: { accountName: string }) => (args.accountName === tenant.accountName ? tenant : null) },
    Tenant: {
      id: (t: typeof tenant) => globalId('Tenant', t.id),
      connections: (_: unknown, args: { first?: number }) => page(connections, args.first ?? 10),
      users: (_: unknown, args: { first?: number }) => page(users, args.first ?? 100),
    },
    IdpConnection: { id: (c: { id: string }) => globalId('IdpConnection', c.id) },
    User: { id: (u: { id: string }) => globalId('User', u.id) },
  },
});
const yoga = createYoga({ schema, logging: false, graphiql: false, landingPage: false });
const app = new Hono();
app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw, {}));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => process.stdout.write(`${JSON.stringify({ port: info.port })}\n`));
