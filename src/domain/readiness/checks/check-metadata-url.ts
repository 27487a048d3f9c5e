// A SAML connection's metadata URL (dynamic configuration) answers with metadata.
import { finding, type Finding } from '../findings.ts';
import { label, type NetworkInput } from '../context.ts';

export async function checkMetadataUrl({ connections, fetchText }: NetworkInput): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const c of connections.filter((x) => x.protocol === 'SAML' && x.samlMetadataUrl)) {
    try {
      const xml = await fetchText(c.samlMetadataUrl!, 'xml');
      if (!/EntityDescriptor/.test(xml)) throw new Error('the answer is not SAML metadata');
    } catch (error) {
      findings.push(finding('METADATA_UNREACHABLE', { connection: label(c), problem: (error as Error).message.slice(0, 200) }, { type: 'IdpConnection', count: 1, firstIds: [c.id] }));
    }
  }
  return findings;
}
