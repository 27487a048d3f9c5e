// `npm run bench`: every benchmark, printed as numbers and as ratios against a baseline
// measured in the same run. Loopback only, bounded in time. BENCH_SECONDS sets the
// length of each load phase (default 8).
import { benchControlPlane } from './control-plane.ts';
import { printRows, withPostgres } from './support.ts';
import { benchSandbox } from './sandbox.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (name: string) => !only || only.includes(name);


console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cores, ${seconds}s per load phase`);
if (wanted('control-plane')) {
  printRows('Control plane (issue 2), SQLite', await benchControlPlane({ label: 'SQLite', seconds }));
  const postgres = await withPostgres((url) => benchControlPlane({ databaseUrl: url, label: 'PostgreSQL', seconds }));
  if (postgres) printRows('Control plane (issue 2), PostgreSQL', postgres);
}
if (wanted('admin-breakdown')) printRows('Admin query, where the time goes (issue 2), SQLite, in-process', await (await import('./admin-breakdown.ts')).benchAdminBreakdown());
if (wanted('sandbox')) printRows('Sandbox IdP (issue 3)', await benchSandbox());
if (wanted('login-storm')) printRows('Login storm (issue 4)', await (await import('./login-storm.ts')).benchLoginStorm());
if (wanted('saml-validation')) printRows('SAML response validation (issue 4)', await (await import('./saml-validation.ts')).benchSamlValidation());
if (wanted('idp-tokens')) printRows('Public API with IdP access tokens (R15), SQLite', await (await import('./idp-tokens.ts')).benchIdpTokens({ seconds }));
if (wanted('readiness')) printRows('SSO readiness at 100,000 users (issue 5)', await (await import('./readiness.ts')).benchReadiness());
