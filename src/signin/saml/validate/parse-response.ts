// Rule: the POSTed SAMLResponse is base64 of a well-formed, DTD-free XML document, not huge,
// whose document element is a SAML 2.0 protocol Response with an ID.
import { failSignIn } from '../../sign-in-error.ts';
import { NS } from '../settings.ts';
import { attr, parseXml, XmlRefused } from '../../../../common/xml/dom.ts';
import type { ParsedResponse } from './context.ts';

const MAX_RESPONSE_BYTES = 256 * 1024;

export function decodeSamlResponse(samlResponse: string): string | undefined {
  if (typeof samlResponse !== 'string') return undefined;
  const clean = samlResponse.replace(/\s+/g, '');
  if (clean.length === 0 || clean.length > Math.ceil(MAX_RESPONSE_BYTES / 3) * 4 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) return undefined;
  return Buffer.from(clean, 'base64').toString('utf8');
}

export function parseResponse(samlResponse: string): ParsedResponse {
  const xml = decodeSamlResponse(samlResponse);
  if (xml === undefined) {
    return failSignIn('SAML_RESPONSE_MALFORMED', `SAMLResponse is missing, not base64, or larger than ${MAX_RESPONSE_BYTES} bytes`);
  }
  let doc: Document;
  try {
    doc = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlRefused) return failSignIn('SAML_RESPONSE_MALFORMED', `SAMLResponse refused: ${error.message}`);
    throw error;
  }
  const response = doc.documentElement;
  if (response.namespaceURI !== NS.protocol || response.localName !== 'Response') {
    return failSignIn('SAML_RESPONSE_MALFORMED', `SAMLResponse is a ${response.namespaceURI ?? ''} ${response.localName}, not a SAML 2.0 protocol Response`);
  }
  if (attr(response, 'Version') !== '2.0') return failSignIn('SAML_RESPONSE_MALFORMED', `SAML Response Version ${attr(response, 'Version') ?? '(none)'} is not 2.0`);
  const responseId = attr(response, 'ID');
  if (!responseId) return failSignIn('SAML_RESPONSE_MALFORMED', 'SAML Response has no ID');
  return { doc, response, responseId };
}
