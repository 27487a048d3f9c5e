// The lock that keeps readiness honest. enableSso takes the tenant row exclusively
// (its first statement updates it) and then checks; every change that could create a
// blocker first takes the same row in SHARE mode inside its own transaction. So an edit
// either commits before enableSso's checks start (and they see it), or waits until SSO
// is on. SQLite needs nothing: it serialises writers, and enableSso writes first.
import { isPostgresClient, type Db, type Tx } from '../../db/client.ts';

export async function lockTenantForConfigChange(db: Db, tx: Tx, tenantId: string): Promise<void> {
  if (!isPostgresClient(db)) return;
  await tx.$queryRaw`SELECT 1 FROM "Tenant" WHERE "id" = ${tenantId} FOR SHARE`;
}
