// Assembles the GraphQL schema: importing a module registers its types on the builder.
import { builder } from './builder.ts';
import './types/user-error.ts';
import './types/enums.ts';
import './types/tenant.ts';
import './types/idp-connection.ts';
import './types/user.ts';
import './types/api-token.ts';
import './types/audit-event.ts';
import './types/query.ts';
import './types/sign-in.ts';
import './types/login-attempt.ts';
import './types/support-bundle.ts';
import './types/readiness.ts';
import './mutations/tenant.ts';
import './mutations/idp-connection.ts';
import './mutations/user.ts';
import './mutations/api-token.ts';
import './mutations/saml-metadata.ts';
import './mutations/sessions.ts';

export const schema = builder.toSchema({ sortSchema: true });
