// What an import would change on a SAML connection, field by field. Certificates are
// compared by SHA-256 fingerprint: one change per certificate added (before null) or
// removed (after null), so a key rollover reads as "added X", later "removed Y".
import { fingerprintOf } from './parse-metadata.ts';

export type MetadataField = 'entityId' | 'ssoUrl' | 'ssoBinding' | 'signingCertificates' | 'metadataUrl';

export interface MetadataChange {
  field: MetadataField;
  before: string | null;
  after: string | null;
}

export interface SamlSnapshot {
  entityId: string | null;
  ssoUrl: string | null;
  ssoBinding: 'HTTP_REDIRECT' | 'HTTP_POST';
  signingCertificates: string[];
  metadataUrl: string | null;
}

function fingerprints(pems: string[]): string[] {
  const out: string[] = [];
  for (const pem of pems) {
    try {
      const fp = fingerprintOf(pem);
      if (!out.includes(fp)) out.push(fp);
    } catch {
      // A stored value that no longer parses counts as removed under a marker of its own.
      out.push(`unparseable:${pem.slice(0, 32)}`);
    }
  }
  return out;
}

export function diffSaml(before: SamlSnapshot, after: SamlSnapshot): MetadataChange[] {
  const changes: MetadataChange[] = [];
  for (const field of ['entityId', 'ssoUrl', 'ssoBinding'] as const) {
    if (before[field] !== after[field]) changes.push({ field, before: before[field], after: after[field] });
  }
  const was = fingerprints(before.signingCertificates);
  const will = fingerprints(after.signingCertificates);
  for (const fp of will) if (!was.includes(fp)) changes.push({ field: 'signingCertificates', before: null, after: fp });
  for (const fp of was) if (!will.includes(fp)) changes.push({ field: 'signingCertificates', before: fp, after: null });
  if (before.metadataUrl !== after.metadataUrl) changes.push({ field: 'metadataUrl', before: before.metadataUrl, after: after.metadataUrl });
  return changes;
}
