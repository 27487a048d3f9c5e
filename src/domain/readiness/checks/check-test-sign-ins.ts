// R20: each connection has carried a real sign-in since it last changed — through the
// user URL, and through the agent URL when the account has agents.
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

export async function checkTestSignIns({ db, tenant, connections }: ReadinessInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  const hasAgents = (await db.user.count({ where: { tenantId: tenant.id, kind: 'AGENT' }, take: 1 })) > 0;
  for (const c of connections) {
    for (const audience of hasAgents ? (['USER', 'AGENT'] as const) : (['USER'] as const)) {
      const passed = await db.connectionTest.findFirst({ where: { connectionId: c.id, audience, outcome: 'SUCCESS', connectionUpdatedAt: c.updatedAt }, select: { id: true } });
      if (!passed) findings.push(finding('NO_TEST_SIGN_IN', { connection: label(c), audience: audience === 'AGENT' ? 'agents' : 'users' }, { type: 'IdpConnection', count: 1, firstIds: [c.id] }));
    }
  }
  return findings;
}
