// A failure explained in full: the catalog entry of its code with every {placeholder}
// filled from what the attempt recorded, and enum values said in words. The error page,
// the diagnosis in login history and the support bundle all read this — so no one sees
// "{identifierField}" or "EXTERNAL_ID" where a sentence was meant.
import { FAILURE_CATALOG, type FailureCode } from '../../../common/failures/catalog.ts';

export interface Diagnosis {
  code: FailureCode;
  title: string;
  message: string;
  cause: string;
  fix: string;
  /** The configuration field (ours) or IdP-side setting the fix touches. */
  fixTarget: string;
  requirements: string[];
}

/** How the API's enum values read in a sentence. */
const IN_WORDS: Record<string, Record<string, string>> = {
  identifierField: { EMAIL: 'email address', USERNAME: 'username', EXTERNAL_ID: 'external ID' },
  provider: { SALESFORCE: 'Salesforce', MICROSOFT: 'Microsoft', AZURE: 'Microsoft', OKTA: 'Okta', GENERIC: 'your identity provider' },
  expectedKind: { USER: 'user', AGENT: 'agent' },
};

/** What a placeholder reads as when the attempt did not record it (never left as "{name}"). */
const UNKNOWN: Record<string, string> = {
  accountName: 'your account',
  identifierField: 'identifier',
  identifierValue: '(none given)',
  salesforceUsername: 'this Salesforce user',
  microsoftUsername: 'this Microsoft user',
  provider: 'your identity provider',
  expectedKind: 'user',
  traceId: '(no trace ID)',
  url: 'this URL',
  loginUrlExample: 'https://HOST/login?account=AccountName',
};

function fill(template: string, params: Record<string, string | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === '') return UNKNOWN[name] ?? '(unknown)';
    return IN_WORDS[name]?.[value] ?? value;
  });
}

export function diagnose(code: FailureCode, params: Record<string, string | undefined> = {}): Diagnosis {
  const entry = FAILURE_CATALOG[code];
  return {
    code,
    title: entry.title,
    message: fill(entry.message, params),
    cause: fill(entry.cause, params),
    fix: fill(entry.fix, params),
    fixTarget: entry.fixTarget,
    requirements: [...entry.requirements],
  };
}
