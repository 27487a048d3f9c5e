import type { Db } from '../../db/client.ts';
import type { IdpConnection, Tenant, User } from '../../db/generated/sqlite/client.ts';
import type { ExternalIdentity } from '../identity.ts';

export interface MatchInput {
  db: Db;
  tenant: Tenant;
  connection: IdpConnection;
  identity: ExternalIdentity;
}

export interface Match {
  user: User;
  identifierField: IdpConnection['identifierField'];
  identifierValue: string;
}

/** The name the seeds' messages use for the person: their IdP username, else email, else subject. */
export const externalUsername = (identity: ExternalIdentity) => identity.username ?? identity.email ?? identity.subject;
