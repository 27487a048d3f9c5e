// R18: at least one connection, each holding everything its protocol needs.
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

export async function checkConnectionsComplete({ tenant, connections }: ReadinessInput): Promise<Finding[]> {
  if (connections.length === 0) return [finding('NO_CONNECTION', {}, { type: 'Tenant', count: 1, firstIds: [tenant.id] })];
  const findings: Finding[] = [];
  for (const c of connections) {
    // [what the admin reads, the API field that holds it, whether it is set]
    const required: [string, string, boolean][] =
      c.protocol === 'OIDC'
        ? [['issuer', 'oidc.issuer', !!c.oidcIssuer], ['client ID', 'oidc.clientId', !!c.oidcClientId], ['client secret', 'oidc.clientSecret', !!c.oidcClientSecretEncrypted]]
        : [['entity ID', 'saml.entityId', !!c.samlEntityId], ['SSO URL', 'saml.ssoUrl', !!c.samlSsoUrl], ['signing certificate', 'saml.signingCertificates', (JSON.parse(c.samlSigningCertificates) as string[]).length > 0]];
    const absent = required.filter(([, , set]) => !set);
    if (absent.length) {
      findings.push(
        finding(
          'CONNECTION_INCOMPLETE',
          { connection: label(c), missing: absent.map(([name]) => name).join(', '), fields: absent.map(([, field]) => `IdpConnection.${field}`).join(', ') },
          { type: 'IdpConnection', count: 1, firstIds: [c.id] },
        ),
      );
    }
  }
  return findings;
}
