// R05/R06: a Salesforce connection names its org; a Microsoft one its Entra tenant or domain.
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

export async function checkDirectoryLinks({ connections }: ReadinessInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const c of connections) {
    const affected = { type: 'IdpConnection' as const, count: 1, firstIds: [c.id] };
    if (c.provider === 'SALESFORCE' && !c.salesforceOrgId) findings.push(finding('SALESFORCE_ORG_NOT_SET', { connection: label(c) }, affected));
    if ((c.provider === 'MICROSOFT' || c.provider === 'AZURE') && !c.entraTenantId && !c.entraDomain) findings.push(finding('ENTRA_DIRECTORY_NOT_SET', { connection: label(c) }, affected));
  }
  return findings;
}
