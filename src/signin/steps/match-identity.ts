// Rule (R05–R11): the external identity matches exactly one user of the account, by the
// connection's identifier field, after the provider's own checks (Salesforce org, Entra
// directory, a verified email). The rules are in src/signin/matching, one file each.
import type { Step } from '../attempt/pipeline.ts';
import { matchUser } from '../matching/index.ts';

export const matchIdentity: Step = async (ctx, { db }) => {
  const match = await matchUser({ db, tenant: ctx.tenant!, connection: ctx.connection!, identity: ctx.identity! });
  ctx.user = match.user;
  ctx.match = { identifierField: match.identifierField, identifierValue: match.identifierValue };
};
