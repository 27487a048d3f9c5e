import { builder } from '../builder.ts';
import { ApiRole as ApiRoleValues, IdentifierField as IdentifierFieldValues, Protocol as ProtocolValues, Provider as ProviderValues, UserKind as UserKindValues } from '../../db/generated/sqlite/enums.ts';
import { SamlBinding as SamlBindingValues } from '../../db/generated/sqlite/enums.ts';

export const Provider = builder.enumType(ProviderValues, {
  name: 'Provider',
  description: 'The identity provider a connection talks to. AZURE and MICROSOFT are both Microsoft Entra ID.',
});
export const Protocol = builder.enumType(ProtocolValues, {
  name: 'Protocol',
  description: 'SAML 2.0 or OpenID Connect. The platform public APIs require OIDC.',
});
export const IdentifierField = builder.enumType(IdentifierFieldValues, {
  name: 'IdentifierField',
  description: 'Which platform user field the external identity is matched on.',
});
export const UserKind = builder.enumType(UserKindValues, {
  name: 'UserKind',
  description: 'USER signs in to the admin portal; AGENT to the softphone client.',
});
export const ApiRole = builder.enumType(ApiRoleValues, {
  name: 'ApiRole',
  description: 'OPERATOR: the platform operator, every tenant. TENANT_ADMIN: one tenant.',
});
export const SamlBinding = builder.enumType(SamlBindingValues, {
  name: 'SamlBinding',
  description: 'How the AuthnRequest reaches the IdP: HTTP_REDIRECT (a GET with the deflated request in the query) or HTTP_POST (an auto-submitted form), as its metadata lists its SingleSignOnService.',
});
