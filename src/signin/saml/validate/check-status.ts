// Rule: only a Success status carries a sign-in. A refusal by the IdP (RequestDenied,
// AuthnFailed, …) is IDP_ACCESS_DENIED; any other non-success status is unexpected.
// Read BEFORE the signature check on purpose: IdPs often leave error responses unsigned,
// and a non-success response can never sign anyone in, whoever wrote it.
import { failSignIn } from '../../sign-in-error.ts';
import { NS, STATUS_SUCCESS } from '../settings.ts';
import { attr, onlyChild, textOf } from '../../../../common/xml/dom.ts';
import { shown, type ParsedResponse } from './context.ts';

const STATUS = 'urn:oasis:names:tc:SAML:2.0:status:';
const DENIALS = new Set(['RequestDenied', 'AuthnFailed', 'UnknownPrincipal', 'NoAuthnContext', 'NoPassive'].map((s) => STATUS + s));

export function checkStatus({ response }: ParsedResponse): void {
  const status = onlyChild(response, NS.protocol, 'Status');
  if (!status || status === 'many') return failSignIn('SAML_RESPONSE_MALFORMED', 'SAML Response has no single Status');
  const top = onlyChild(status, NS.protocol, 'StatusCode');
  if (!top || top === 'many') return failSignIn('SAML_RESPONSE_MALFORMED', 'SAML Response Status has no single StatusCode');
  const topValue = attr(top, 'Value') ?? '';
  if (topValue === STATUS_SUCCESS) return;
  const sub = onlyChild(top, NS.protocol, 'StatusCode');
  const subValue = sub && sub !== 'many' ? attr(sub, 'Value') ?? '' : '';
  const messageEl = onlyChild(status, NS.protocol, 'StatusMessage');
  const message = messageEl && messageEl !== 'many' ? textOf(messageEl).trim() : '';
  const detail = `the IdP answered status ${topValue.replace(STATUS, '')}${subValue ? `/${subValue.replace(STATUS, '')}` : ''}`
    + `${message ? ` with message ${shown(message)}` : ''} (response signature not checked for a non-success status)`;
  return failSignIn(DENIALS.has(subValue) ? 'IDP_ACCESS_DENIED' : 'UNEXPECTED_ERROR', detail);
}
