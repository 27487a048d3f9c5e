// The support bundle of one sign-in attempt (R13: "the user is sent to support, with what
// support needs"): one JSON document a tenant admin can hand to support — the attempt and
// its timeline, the catalog entry and the filled-in diagnosis, the connection's
// configuration as the attempt used it, what the IdP sent (decoded), the account's
// readiness findings now, the sandbox scenario that was armed if the IdP was the sandbox,
// and the product version. Never a secret, cookie, token, signature value or key: none of
// those is stored with an attempt in the first place, and personal values are masked
// unless the deployment says otherwise (SUPPORT_BUNDLE_REDACTION).
import type { Db } from '../../db/client.ts';
import type { LoginAttempt } from '../../db/generated/sqlite/client.ts';
import { FAILURE_CATALOG, type FailureCode } from '../../../common/failures/catalog.ts';
import { databaseFindings, report } from '../readiness/index.ts';
import { diagnose } from '../signin/diagnosis.ts';
import { maskAddress, redactPersonal } from './redact-personal.ts';

export interface BundleOptions {
  redaction: 'personal' | 'none';
  productVersion: string;
}

const parse = (json: string | null): unknown => {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
};

/** The sandbox marks what it signs while a scenario is armed (claim or attribute `sandbox_scenario`). */
function sandboxScenarioOf(evidence: unknown): string | null {
  const e = evidence as { idToken?: { claims?: Record<string, unknown> }; assertions?: { attributes?: Record<string, string[]> }[] } | null;
  const claim = e?.idToken?.claims?.sandbox_scenario;
  if (typeof claim === 'string') return claim;
  for (const a of e?.assertions ?? []) {
    const value = a.attributes?.sandbox_scenario?.[0];
    if (value) return value;
  }
  return null;
}

export async function supportBundle(db: Db, attempt: LoginAttempt, options: BundleOptions): Promise<Record<string, unknown>> {
  const personal = options.redaction === 'personal';
  const code = attempt.code as FailureCode | null;
  const params = (parse(attempt.params) ?? {}) as Record<string, string>;
  const evidence = parse(attempt.evidence);
  const connectionAtTheTime = parse(attempt.connectionConfig) as { id?: string; updatedAt?: string } | null;
  const connectionNow = connectionAtTheTime?.id ? await db.idpConnection.findUnique({ where: { id: connectionAtTheTime.id }, select: { updatedAt: true } }) : null;
  const tenant = attempt.tenantId ? await db.tenant.findUnique({ where: { id: attempt.tenantId } }) : null;
  const readiness = tenant ? report(tenant.id, await databaseFindings(db, tenant)) : null;

  const document = {
    bundle: { format: 1, generatedAt: new Date().toISOString(), redaction: options.redaction },
    product: { name: 'sso-control-plane', version: options.productVersion },
    attempt: {
      traceId: attempt.traceId,
      kind: attempt.kind,
      outcome: attempt.outcome,
      code,
      message: attempt.message,
      detail: attempt.detail,
      stage: attempt.stage,
      timeline: parse(attempt.timeline),
      accountName: attempt.accountName,
      provider: attempt.provider,
      protocol: attempt.protocol,
      audience: attempt.audience,
      identifierField: attempt.identifierField,
      identifierValue: attempt.identifierValue,
      externalSubject: attempt.externalSubject,
      externalUsername: attempt.externalUsername,
      matchedUserId: attempt.matchedUserId,
      ip: personal ? maskAddress(attempt.ip) : attempt.ip,
      userAgent: attempt.userAgent,
      repeatCount: attempt.repeatCount,
      createdAt: attempt.createdAt.toISOString(),
      lastSeenAt: attempt.lastSeenAt.toISOString(),
      finishedAt: attempt.finishedAt?.toISOString() ?? null,
    },
    diagnosis: code ? diagnose(code, params) : null,
    catalogEntry: code ? { code, ...FAILURE_CATALOG[code] } : null,
    connection: connectionAtTheTime
      ? { atTheTime: connectionAtTheTime, changedSince: connectionNow ? connectionNow.updatedAt.toISOString() !== connectionAtTheTime.updatedAt : 'deleted' }
      : null,
    evidence,
    readiness: readiness ? { checkedAt: readiness.checkedAt.toISOString(), ready: readiness.ready, findings: readiness.findings.map((f) => ({ code: f.code, severity: f.severity, message: f.message, fix: f.fix })) } : null,
    sandboxScenario: sandboxScenarioOf(evidence),
  };
  if (!personal) return document;
  // Masked together, so a value found in the evidence is masked where a message quotes it.
  const masked = redactPersonal({ attempt: document.attempt, diagnosis: document.diagnosis, evidence: document.evidence });
  return { ...document, ...masked };
}
