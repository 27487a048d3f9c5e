// Rule (against XML signature wrapping): the Response carries exactly one SAML 2.0
// Assertion, as its direct child, and no second one anywhere (Extensions, Advice, Object,
// a nested Response…); no two elements share an ID; signatures sit only on the Response
// or on that Assertion. Encrypted assertions are refused clearly: not supported.
import { failSignIn } from '../../sign-in-error.ts';
import { NS } from '../settings.ts';
import { allElements, attr } from '../../../../common/xml/dom.ts';
import { shown, type ParsedResponse } from './context.ts';

const ID_ATTRIBUTES = ['ID', 'Id', 'id', 'AssertionID', 'ResponseID'];

export function selectSingleAssertion({ response }: ParsedResponse): Element {
  const assertions: Element[] = [];
  const ids = new Set<string>();
  let encrypted = 0;
  let signatures = 0;
  let responses = 0;
  const rootId = attr(response, 'ID');
  if (rootId) ids.add(rootId);
  for (const el of allElements(response)) {
    if (el.localName === 'Assertion') assertions.push(el);
    else if (el.localName === 'EncryptedAssertion') encrypted++;
    else if (el.localName === 'Response') responses++;
    else if (el.localName === 'Signature' && el.namespaceURI === NS.dsig) {
      const parent = el.parentNode as Element;
      if (parent !== response && !(parent.localName === 'Assertion' && parent.parentNode === response)) signatures++;
    }
    for (const name of ID_ATTRIBUTES) {
      const id = attr(el, name);
      if (id === undefined) continue;
      if (ids.has(id)) return failSignIn('SAML_SIGNATURE_INVALID', `two elements carry the ID ${shown(id, 80)}: refused as XML signature wrapping`);
      ids.add(id);
    }
  }
  if (encrypted > 0) {
    return failSignIn('SAML_ENCRYPTION_UNSUPPORTED', 'the IdP sent an EncryptedAssertion: encrypted assertions are not supported; turn assertion encryption off for this application at the IdP (the response travels over HTTPS)');
  }
  if (responses > 0) return failSignIn('SAML_SIGNATURE_INVALID', 'a Response is nested inside the Response: refused as XML signature wrapping');
  if (signatures > 0) return failSignIn('SAML_SIGNATURE_INVALID', `${signatures} signature(s) outside the Response and its Assertion: refused as XML signature wrapping`);
  if (assertions.length === 0) return failSignIn('SAML_RESPONSE_MALFORMED', 'the successful Response carries no Assertion');
  if (assertions.length > 1) return failSignIn('SAML_SIGNATURE_INVALID', `the Response carries ${assertions.length} assertions (exactly one accepted): refused as XML signature wrapping`);
  const assertion = assertions[0]!;
  if (assertion.namespaceURI !== NS.assertion) return failSignIn('SAML_RESPONSE_MALFORMED', `the Assertion is in namespace ${shown(assertion.namespaceURI ?? '')}, not SAML 2.0`);
  if (assertion.parentNode !== response) return failSignIn('SAML_SIGNATURE_INVALID', `the Assertion is nested inside ${(assertion.parentNode as Element).localName}, not a direct child of the Response: refused as XML signature wrapping`);
  if (attr(assertion, 'Version') !== '2.0' || !attr(assertion, 'ID')) return failSignIn('SAML_RESPONSE_MALFORMED', 'the Assertion lacks Version="2.0" or an ID');
  return assertion;
}
