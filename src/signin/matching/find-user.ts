// R10 / R11: exactly one user of the account must carry the identifier.
import { failSignIn } from '../sign-in-error.ts';
import type { Match, MatchInput } from './context.ts';
import { identifierOf, userWithIdentifier } from '../../domain/users/identifier-field.ts';

export async function findUser({ db, tenant, connection, identity }: MatchInput): Promise<Match> {
  const field = connection.identifierField;
  const value = identifierOf(identity, field);
  const shown = value ?? identity.username ?? identity.email ?? identity.subject;
  if (!value) failSignIn('USER_NOT_FOUND', `The IdP sent no ${field.toLowerCase().replace('_', ' ')} for ${shown}, and users are matched by ${field}.`, { identifierValue: shown, identifierField: field });
  const where = userWithIdentifier(field, value!);
  const users = await db.user.findMany({ where: { tenantId: tenant.id, ...where }, take: 2, orderBy: { id: 'asc' } });
  if (users.length === 0) failSignIn('USER_NOT_FOUND', `No user of ${tenant.accountName} has ${field} = ${value}.`, { identifierValue: value!, identifierField: field });
  if (users.length > 1) {
    const count = await db.user.count({ where: { tenantId: tenant.id, ...where } });
    failSignIn('MULTIPLE_USERS_FOUND', `${count} users of ${tenant.accountName} have ${field} = ${value}.`, { identifierValue: value!, identifierField: field });
  }
  return { user: users[0]!, identifierField: field, identifierValue: value! };
}
