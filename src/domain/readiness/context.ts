import type { Db, Tx } from '../../db/client.ts';
import type { IdpConnection, Tenant } from '../../db/generated/sqlite/client.ts';

export interface ReadinessInput {
  db: Db | Tx;
  tenant: Tenant;
  connections: IdpConnection[];
  now: Date;
}

/** Network checks (discovery, metadata) run outside the database transaction. */
export interface NetworkInput {
  tenant: Tenant;
  connections: IdpConnection[];
  /** A guarded server-side GET: 'xml' for SAML metadata, 'json' for OIDC discovery. */
  fetchText(url: string, kind: 'xml' | 'json'): Promise<string>;
}

export const label = (c: IdpConnection) => `"${c.name}" (${c.provider} ${c.protocol})`;


