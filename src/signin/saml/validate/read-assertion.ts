// Reads the facts the remaining rules need from the Response and its (now verified)
// Assertion, by direct-child walks only. Text is read whole (comments skipped), so a
// comment-split NameID is the whole NameID that was signed. Refuses shapes the schema
// forbids where a second copy could be read instead of the first (two Subjects, two
// Conditions) and an encrypted NameID (not supported).
import { failSignIn } from '../../sign-in-error.ts';
import { NS } from '../settings.ts';
import { attr, childElements, onlyChild, textOf } from '../../../../common/xml/dom.ts';
import type { NameIdFact, ParsedResponse, ResponseFacts, SubjectConfirmationFact } from './context.ts';

const single = (parent: Element, ns: string, name: string, where: string): Element | undefined => {
  const found = onlyChild(parent, ns, name);
  if (found === 'many') return failSignIn('SAML_RESPONSE_MALFORMED', `${where} has more than one ${name}`);
  return found;
};

const nameIdOf = (el: Element | undefined): NameIdFact | undefined => (el ? { value: textOf(el).trim(), format: attr(el, 'Format') } : undefined);

export function readAssertion(parsed: ParsedResponse, assertion: Element, signed: { responseSigned: boolean; assertionSigned: boolean }): ResponseFacts {
  const r = parsed.response;
  const subject = single(assertion, NS.assertion, 'Subject', 'the Assertion');
  if (!subject) return failSignIn('SAML_RESPONSE_MALFORMED', 'the Assertion has no Subject');
  if (childElements(subject, NS.assertion, 'EncryptedID').length) {
    return failSignIn('SAML_ENCRYPTION_UNSUPPORTED', 'the Subject carries an EncryptedID: encrypted NameIDs are not supported; turn NameID encryption off at the IdP');
  }
  const confirmations: SubjectConfirmationFact[] = childElements(subject, NS.assertion, 'SubjectConfirmation').map((sc) => {
    const data = single(sc, NS.assertion, 'SubjectConfirmationData', 'a SubjectConfirmation');
    return {
      method: attr(sc, 'Method') ?? '',
      hasData: !!data,
      recipient: data && attr(data, 'Recipient'),
      notOnOrAfter: data && attr(data, 'NotOnOrAfter'),
      notBefore: data && attr(data, 'NotBefore'),
      inResponseTo: data && attr(data, 'InResponseTo'),
    };
  });
  const conditionsEl = single(assertion, NS.assertion, 'Conditions', 'the Assertion');
  const conditions = conditionsEl && {
    notBefore: attr(conditionsEl, 'NotBefore'),
    notOnOrAfter: attr(conditionsEl, 'NotOnOrAfter'),
    audienceRestrictions: childElements(conditionsEl, NS.assertion, 'AudienceRestriction')
      .map((ar) => childElements(ar, NS.assertion, 'Audience').map((a) => textOf(a).trim())),
  };
  const authn = childElements(assertion, NS.assertion, 'AuthnStatement');
  const sessionEnds = authn.map((a) => attr(a, 'SessionNotOnOrAfter')).filter((s): s is string => !!s).sort();
  const attributes = new Map<string, string[]>();
  for (const statement of childElements(assertion, NS.assertion, 'AttributeStatement')) {
    if (childElements(statement, NS.assertion, 'EncryptedAttribute').length) {
      return failSignIn('SAML_ENCRYPTION_UNSUPPORTED', 'the Assertion carries EncryptedAttribute: encrypted attributes are not supported');
    }
    for (const a of childElements(statement, NS.assertion, 'Attribute')) {
      const name = attr(a, 'Name');
      if (!name) continue;
      const values = childElements(a, NS.assertion, 'AttributeValue').map((v) => textOf(v).trim());
      attributes.set(name, [...(attributes.get(name) ?? []), ...values]);
    }
  }
  return {
    response: {
      id: parsed.responseId,
      issuer: nameIdOf(single(r, NS.assertion, 'Issuer', 'the Response')),
      destination: attr(r, 'Destination'),
      inResponseTo: attr(r, 'InResponseTo'),
      issueInstant: attr(r, 'IssueInstant'),
    },
    assertion: {
      id: attr(assertion, 'ID')!,
      issuer: nameIdOf(single(assertion, NS.assertion, 'Issuer', 'the Assertion')),
      issueInstant: attr(assertion, 'IssueInstant'),
      nameId: nameIdOf(single(subject, NS.assertion, 'NameID', 'the Subject')),
      confirmations,
      conditions,
      sessionNotOnOrAfter: sessionEnds[0],
      attributes,
    },
    ...signed,
  };
}
