// Every catalog entry, filled in with what an attempt records, reads as sentences: no
// "{placeholder}" left and no enum value (EMAIL, SALESFORCE, AGENT…) where words belong.
import { describe, expect, it } from 'vitest';
import { FAILURE_CATALOG, FAILURE_CODES } from '../../common/failures/catalog.ts';
import { diagnose } from '../../src/domain/signin/diagnosis.ts';

const RAW_ENUM = /\b(EMAIL|USERNAME|EXTERNAL_ID|SALESFORCE|MICROSOFT|AZURE|OKTA|GENERIC|USER|AGENT)\b/;

describe('diagnosis text (R13)', () => {
  it.each(FAILURE_CODES)('R13 %s reads as sentences with the values an attempt records', (code) => {
    const recorded = { identifierField: 'EXTERNAL_ID', identifierValue: 'sally@acme.example', accountName: 'AcmeSupport', provider: 'SALESFORCE', expectedKind: 'agent', salesforceUsername: 'sally@acme.example', microsoftUsername: 'adele@contoso.example', traceId: '0192-trace', url: 'https://x.example/', loginUrlExample: 'https://sso.example/login?account=AcmeSupport' };
    const d = diagnose(code, recorded);
    for (const text of [d.message, d.cause, d.fix]) {
      expect(text).not.toMatch(/\{\w+\}/);
      expect(text).not.toMatch(RAW_ENUM);
    }
    expect(d.fixTarget).toBe(FAILURE_CATALOG[code].fixTarget);
  });

  it.each(FAILURE_CODES)('R13 %s stays readable when the attempt recorded nothing', (code) => {
    const d = diagnose(code, {});
    for (const text of [d.message, d.cause, d.fix]) expect(text).not.toMatch(/\{\w+\}/);
  });

  it('R10 the identifier field is named in words', () => {
    expect(diagnose('USER_NOT_FOUND', { identifierField: 'EMAIL', identifierValue: 'a@b.example' }).cause).toContain('whose email address matches');
    expect(diagnose('MULTIPLE_USERS_FOUND', { identifierField: 'EXTERNAL_ID' }).cause).toBe('More than one user of the account has the same external ID.');
  });
});
