// Prometheus metrics (prom-client), one registry per control plane so two in one process
// (tests) never share counters. Every outcome the product has is counted here: sign-in
// attempts and their stages, readiness runs and findings, GraphQL operations, database
// statements, outbound HTTP calls and HTTP requests. Label values come from closed sets
// (catalog codes, route patterns, enum values) or are capped, so a client cannot grow
// the series without bound.
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Keeps at most `max` distinct values of a client-chosen label; the rest read `other`. */
export function cappedLabel(max: number, accept: (value: string) => boolean = () => true): (value: string | null | undefined) => string {
  const seen = new Set<string>();
  return (value) => {
    if (!value) return 'anonymous';
    if (seen.has(value)) return value;
    if (seen.size >= max || !accept(value)) return 'other';
    seen.add(value);
    return value;
  };
}

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'sso_' });
  const registers = [registry];
  const seconds = (ms: number) => ms / 1000;

  const metrics = {
    registry,
    signInAttempts: new Counter({
      name: 'sso_signin_attempts_total',
      help: 'Sign-in attempts by outcome (SUCCESS, FAILURE), failure code, protocol, provider, audience and kind (SIGN_IN, TEST, SWITCH).',
      labelNames: ['outcome', 'code', 'protocol', 'provider', 'audience', 'kind'] as const,
      registers,
    }),
    signInDuration: new Histogram({
      name: 'sso_signin_duration_seconds',
      help: 'Time our service spent on one sign-in request, by outcome and protocol.',
      labelNames: ['outcome', 'protocol'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    signInStage: new Histogram({
      name: 'sso_signin_stage_duration_seconds',
      help: 'Time of each sign-in stage (find account, exchange code, validate response, match identity, …), by result.',
      labelNames: ['stage', 'protocol', 'result'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    idpTokenValidations: new Counter({
      name: 'sso_api_idp_token_validations_total',
      help: 'IdP access tokens presented to the API (R15), by outcome (accepted, refused) and refusal code.',
      labelNames: ['outcome', 'code'] as const,
      registers,
    }),
    readinessRuns: new Counter({
      name: 'sso_readiness_runs_total',
      help: 'Readiness checks run, by trigger (readiness query, enableSso, dry run) and result.',
      labelNames: ['trigger', 'ready'] as const,
      registers,
    }),
    readinessFindings: new Counter({
      name: 'sso_readiness_findings_total',
      help: 'Findings reported by readiness runs, by code and severity.',
      labelNames: ['code', 'severity'] as const,
      registers,
    }),
    graphqlOperations: new Counter({
      name: 'sso_graphql_operations_total',
      help: 'GraphQL operations by operation name, type and result (ok, error, invalid).',
      labelNames: ['operation', 'type', 'result'] as const,
      registers,
    }),
    graphqlDuration: new Histogram({
      name: 'sso_graphql_operation_duration_seconds',
      help: 'GraphQL execution time by operation name and type.',
      labelNames: ['operation', 'type'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    dbQueryDuration: new Histogram({
      name: 'sso_db_query_duration_seconds',
      help: 'Database statement time by statement kind and table.',
      labelNames: ['statement', 'table'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    outboundRequests: new Counter({
      name: 'sso_outbound_requests_total',
      help: 'Server-side HTTP requests by target kind (SAML metadata, OIDC discovery, JWKS, token, userinfo, readiness) and outcome.',
      labelNames: ['kind', 'outcome'] as const,
      registers,
    }),
    outboundDuration: new Histogram({
      name: 'sso_outbound_request_duration_seconds',
      help: 'Server-side HTTP request time by target kind.',
      labelNames: ['kind'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    httpRequests: new Counter({
      name: 'sso_http_requests_total',
      help: 'HTTP requests served, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'sso_http_request_duration_seconds',
      help: 'HTTP request time by method and route pattern.',
      labelNames: ['method', 'route'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
  };

  return {
    ...metrics,
    seconds,
    /** One sign-in outcome (SignInObserver.outcome); PENDING is a start, not an outcome. */
    observeSignInOutcome(event: { outcome: string; code: string | null; protocol: string | null; provider: string | null; audience: string; kind: string; durationMs: number }) {
      if (event.outcome === 'PENDING') return;
      const protocol = event.protocol ?? 'none';
      metrics.signInAttempts.inc({ outcome: event.outcome, code: event.code ?? 'none', protocol, provider: event.provider ?? 'none', audience: event.audience, kind: event.kind });
      metrics.signInDuration.observe({ outcome: event.outcome, protocol }, seconds(event.durationMs));
    },
    /** One sign-in stage (SignInObserver.stage). */
    observeSignInStage(stage: string, protocol: string | null, ms: number, ok: boolean) {
      metrics.signInStage.observe({ stage, protocol: protocol ?? 'none', result: ok ? 'ok' : 'failed' }, seconds(ms));
    },
    /** Counts one database statement (DbOptions.onQuery). */
    observeQuery(sql: string, durationMs: number) {
      const { statement, table } = describeStatement(sql);
      metrics.dbQueryDuration.observe({ statement, table }, seconds(durationMs));
    },
    /** Counts one outbound HTTP call (the guarded client's observer). */
    observeOutbound(event: { kind: string; outcome: string; durationMs: number }) {
      metrics.outboundRequests.inc({ kind: event.kind, outcome: event.outcome });
      metrics.outboundDuration.observe({ kind: event.kind }, seconds(event.durationMs));
    },
    /** Counts one validation of an IdP access token (src/signin/access-token); codes come from its closed list. */
    observeIdpToken(outcome: 'accepted' | 'refused', code: string | null) {
      metrics.idpTokenValidations.inc({ outcome, code: code ?? 'none' });
    },
    /** Counts one readiness run and its findings. */
    observeReadiness(trigger: 'readiness' | 'enableSso' | 'dryRun', report: { ready: boolean; findings: readonly { code: string; severity: string }[] }) {
      metrics.readinessRuns.inc({ trigger, ready: String(report.ready) });
      for (const finding of report.findings) metrics.readinessFindings.inc({ code: finding.code, severity: finding.severity });
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const KNOWN_STATEMENTS = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'BEGIN', 'COMMIT', 'ROLLBACK', 'WITH', 'PRAGMA', 'SAVEPOINT', 'RELEASE']);

/** `SELECT … FROM "main"."User" …` → { statement: 'SELECT', table: 'User' }, from Prisma's SQL text. */
function describeStatement(sql: string): { statement: string; table: string } {
  const keyword = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'OTHER';
  const statement = KNOWN_STATEMENTS.has(keyword) ? keyword : 'OTHER';
  const table = /\b(?:FROM|INTO|UPDATE)\s+(?:"?\w+"?\.)?"?(\w+)"?/i.exec(sql)?.[1] ?? 'none';
  return { statement, table: /^[A-Z]\w*$/.test(table) ? table : 'none' };
}
