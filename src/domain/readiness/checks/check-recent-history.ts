// R08 / R09 from login history: the seeds' advice when email matching keeps failing.
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

const WINDOW_DAYS = 30;

export async function checkRecentHistory({ db, tenant, connections, now }: ReadinessInput): Promise<Finding[]> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
  const findings: Finding[] = [];
  for (const c of connections.filter((x) => x.identifierField === 'EMAIL')) {
    const rules = [
      ['SALESFORCE', 'SALESFORCE_EMAIL_UNVERIFIED', 'RECENT_SALESFORCE_UNVERIFIED_EMAILS'],
      ['MICROSOFT', 'MICROSOFT_NO_EMAIL', 'RECENT_MICROSOFT_NO_EMAIL'],
      ['AZURE', 'MICROSOFT_NO_EMAIL', 'RECENT_MICROSOFT_NO_EMAIL'],
    ] as const;
    for (const [provider, code, findingCode] of rules) {
      if (c.provider !== provider) continue;
      const count = await db.loginAttempt.count({ where: { tenantId: tenant.id, connectionId: c.id, code, createdAt: { gte: since } } });
      if (count > 0) findings.push(finding(findingCode, { count, connection: label(c) }, { type: 'IdpConnection', count: 1, firstIds: [c.id] }));
    }
  }
  return findings;
}
