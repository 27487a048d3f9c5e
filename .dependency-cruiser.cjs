// The house's borders and floors, checked by `npm run check:borders` (CI and a test run
// it). Floors, top to bottom: entries (src/main.ts, src/control-plane.ts) → http →
// graphql / signin → domain → db / security / observability / net → common. An import
// may go down or sideways, never up; the product never reaches the sandbox, the scripts,
// the tests or the seed data, and the sandbox never reaches the product.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles make load order and ownership unclear.', from: {}, to: { circular: true } },
    {
      name: 'product-stays-out-of-dev-tooling', severity: 'error',
      comment: 'src/ is what production runs: it never imports the sandbox, scripts, tests, benchmarks or the seed data.',
      from: { path: '^src/' }, to: { path: '^(sandbox|scripts|test|bench)/|^prisma/seed\\.ts$' },
    },
    {
      name: 'sandbox-stands-alone', severity: 'error',
      comment: 'Integrators run the sandbox alone: it imports common/ and libraries, never the product.',
      from: { path: '^sandbox/' }, to: { path: '^(src|scripts|test|bench|prisma)/' },
    },
    {
      name: 'common-is-the-ground-floor', severity: 'error',
      comment: 'common/ is shared by the product and the sandbox, so it imports neither.',
      from: { path: '^common/' }, to: { path: '^(src|sandbox|scripts|test|bench|prisma)/' },
    },
    {
      name: 'scripts-are-not-tests', severity: 'error',
      comment: 'Scripts ship with the product; QA drivers that need the test rig live under test/.',
      from: { path: '^scripts/' }, to: { path: '^(test|bench)/' },
    },
    {
      name: 'domain-knows-no-transport', severity: 'error',
      comment: 'Rules in src/domain know neither GraphQL, HTTP nor the sign-in service routes.',
      from: { path: '^src/domain/' }, to: { path: '^src/(graphql|http|signin)/|^src/(main|control-plane)\\.ts$' },
    },
    {
      name: 'foundations-know-no-rules', severity: 'error',
      comment: 'db, security, observability and net are below the domain.',
      from: { path: '^src/(db|security|observability|net)/' }, to: { path: '^src/(domain|graphql|http|signin)/|^src/(main|control-plane)\\.ts$' },
    },
    {
      name: 'signin-and-graphql-are-siblings', severity: 'error',
      comment: 'The sign-in service and the GraphQL API share the domain, not each other (HTTP composes both).',
      from: { path: '^src/signin/' }, to: { path: '^src/(graphql|http)/' },
    },
    {
      name: 'graphql-does-not-reach-into-signin', severity: 'error',
      comment: 'The API uses the domain; what it needs of the sign-in service lives in src/domain/signin.',
      from: { path: '^src/graphql/' }, to: { path: '^src/(signin|http)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|generated)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
