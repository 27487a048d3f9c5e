// SSO readiness: a pipeline of small checks, each in checks/ and named after the one
// rule it enforces. Database checks run inside the caller's transaction (so enableSso
// sees one consistent picture); network checks run before it, outside.
import type { Db, Tx } from '../../db/client.ts';
import type { Tenant } from '../../db/generated/sqlite/client.ts';
import type { Finding } from './findings.ts';
import type { NetworkInput, ReadinessInput } from './context.ts';
import { fetchMetadata } from '../connections/metadata/fetch-metadata.ts';
import { guardedFetch, type OutboundPolicy } from '../../net/index.ts';
import { checkEntitlement } from './checks/check-entitlement.ts';
import { checkConnectionsComplete } from './checks/check-connections-complete.ts';
import { checkCertificates } from './checks/check-certificates.ts';
import { checkLegacySignatures } from './checks/check-legacy-signatures.ts';
import { checkDirectoryLinks } from './checks/check-directory-links.ts';
import { checkUserIdentifiers } from './checks/check-user-identifiers.ts';
import { checkTestSignIns } from './checks/check-test-sign-ins.ts';
import { checkBreakGlass } from './checks/check-break-glass.ts';
import { checkRecentHistory } from './checks/check-recent-history.ts';
import { checkOidcDiscovery } from './checks/check-oidc-discovery.ts';
import { checkMetadataUrl } from './checks/check-metadata-url.ts';

export type { Finding } from './findings.ts';

const DATABASE_CHECKS = [checkEntitlement, checkConnectionsComplete, checkCertificates, checkLegacySignatures, checkDirectoryLinks, checkUserIdentifiers, checkTestSignIns, checkBreakGlass, checkRecentHistory];
const NETWORK_CHECKS = [checkOidcDiscovery, checkMetadataUrl];

export interface ReadinessReport {
  tenantId: string;
  ready: boolean;
  findings: Finding[];
  checkedAt: Date;
}

export async function databaseFindings(db: Db | Tx, tenant: Tenant, now = new Date()): Promise<Finding[]> {
  const connections = await db.idpConnection.findMany({ where: { tenantId: tenant.id }, orderBy: { id: 'asc' } });
  const input: ReadinessInput = { db, tenant, connections, now };
  const findings: Finding[] = [];
  for (const check of DATABASE_CHECKS) findings.push(...(await check(input)));
  return findings;
}

export async function networkFindings(db: Db, tenant: Tenant, fetchText: NetworkInput['fetchText']): Promise<Finding[]> {
  const connections = await db.idpConnection.findMany({ where: { tenantId: tenant.id }, orderBy: { id: 'asc' } });
  const results = await Promise.all(NETWORK_CHECKS.map((check) => check({ tenant, connections, fetchText })));
  return results.flat();
}

export function report(tenantId: string, findings: Finding[]): ReadinessReport {
  const order = { BLOCKER: 0, WARNING: 1 };
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity]);
  return { tenantId, ready: !sorted.some((f) => f.severity === 'BLOCKER'), findings: sorted, checkedAt: new Date() };
}

/**
 * Server-side fetches for the network checks go through the guarded outbound client
 * (src/net/: address policy, the checked address is the one connected to, time and size
 * limits): a tenant admin must not be able to make the server probe internal hosts.
 * Discovery follows no redirect, as openid-client at sign-in does not.
 */
export function guardedFetcher(policy: OutboundPolicy): NetworkInput['fetchText'] {
  return async (url, kind) => {
    if (kind === 'xml') return (await fetchMetadata(url, { ...policy, kind: 'readiness' })).xml;
    const response = await guardedFetch(url, { headers: { accept: 'application/json' }, redirect: 'manual' }, { ...policy, kind: 'readiness' });
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${new URL(url).host}`);
    return response.text();
  };
}
