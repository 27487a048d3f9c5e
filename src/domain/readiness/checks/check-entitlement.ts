// R16: only an entitled account may switch SSO on.
import { finding, type Finding } from '../findings.ts';
import type { ReadinessInput } from '../context.ts';

export async function checkEntitlement({ tenant }: ReadinessInput): Promise<Finding[]> {
  return tenant.ssoEntitled ? [] : [finding('SSO_NOT_ENTITLED', {}, { type: 'Tenant', count: 1, firstIds: [tenant.id] })];
}
