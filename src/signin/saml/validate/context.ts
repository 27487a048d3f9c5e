// What the validation steps share: the parsed message, the facts read from it, the clock.
import type { SamlIdpSettings, SamlSpSettings } from '../settings.ts';

export interface ParsedResponse {
  doc: Document;
  /** The document element: a SAML 2.0 protocol Response. */
  response: Element;
  responseId: string;
}

export interface NameIdFact { value: string; format?: string }

export interface SubjectConfirmationFact {
  method: string;
  hasData: boolean;
  recipient?: string;
  notOnOrAfter?: string;
  notBefore?: string;
  inResponseTo?: string;
}

/** Everything the checks read, taken from the signed elements only after the signature check. */
export interface ResponseFacts {
  response: { id: string; issuer?: NameIdFact; destination?: string; inResponseTo?: string; issueInstant?: string };
  assertion: {
    id: string;
    issuer?: NameIdFact;
    issueInstant?: string;
    nameId?: NameIdFact;
    confirmations: SubjectConfirmationFact[];
    conditions?: { notBefore?: string; notOnOrAfter?: string; audienceRestrictions: string[][] };
    sessionNotOnOrAfter?: string;
    attributes: Map<string, string[]>;
  };
  responseSigned: boolean;
  assertionSigned: boolean;
}

export interface CheckContext {
  idp: SamlIdpSettings;
  sp: SamlSpSettings;
  acsUrl: string;
  expectedRequestId: string | null;
  now: Date;
  skewMs: number;
}

/** Shortens what the message says before it goes into an admin-facing detail. */
export const shown = (s: string | undefined, max = 160): string =>
  s === undefined ? '(none)' : JSON.stringify(s.length > max ? `${s.slice(0, max)}…` : s);
