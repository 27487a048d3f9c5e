// The OIDC issuer answers its discovery document, under its own name.
import { finding, type Finding } from '../findings.ts';
import { label, type NetworkInput } from '../context.ts';

export async function checkOidcDiscovery({ connections, fetchText }: NetworkInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const c of connections.filter((x) => x.protocol === 'OIDC' && x.oidcIssuer)) {
    const affected = { type: 'IdpConnection' as const, count: 1, firstIds: [c.id] };
    const issuer = c.oidcIssuer!;
    try {
      const document = JSON.parse(await fetchText(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, 'json')) as { issuer?: string };
      if (document.issuer !== issuer) findings.push(finding('OIDC_ISSUER_MISMATCH', { connection: label(c), actual: String(document.issuer), expected: issuer }, affected));
    } catch (error) {
      findings.push(finding('OIDC_DISCOVERY_FAILED', { connection: label(c), problem: (error as Error).message.slice(0, 200) }, affected));
    }
  }
  return findings;
}
