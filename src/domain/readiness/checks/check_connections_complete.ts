// R18: at least one connection, each holding everything its protocol needs.
import { finding, type Finding } from '../findings.ts';
import { label, type ReadinessInput } from '../context.ts';

export async function checkConnectionsComplete({ tenant, connections }: ReadinessInput): Promise<Finding[]> {
  if (connections.length === 0) return [finding('NO_CONNECTION', {}, { type: 'Tenant', count: 1, firstIds: [tenant.id] })];
  const findings: Finding[] = [];
  for (const c of connections) {
    const missing: [string, string][] =
      c.protocol === 'OIDC'
        ? [['issuer', c.oidcIssuer ?? ''], ['client ID', c.oidcClientId ?? ''], ['client secret', c.oidcClientSecretEncrypted ?? '']]
        : [['entity ID', c.samlEntityId ?? ''], ['SSO URL', c.samlSsoUrl ?? ''], ['signing certificate', (JSON.parse(c.samlSigningCertificates) as string[]).length ? 'x' : '']];
    const absent = missing.filter(([, v]) => !v).map(([name]) => name);
    if (absent.length) {
      const prefix = c.protocol === 'OIDC' ? 'oidc' : 'saml';
      findings.push(finding('CONNECTION_INCOMPLETE', { connection: label(c), missing: absent.join(', '), fields: `${prefix}.{${absent.join(', ')}}` }, { type: 'IdpConnection', count: 1, firstIds: [c.id] }));
    }
  }
  return findings;
}
