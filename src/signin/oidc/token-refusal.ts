// The token endpoint refusing a code, in whatever envelope the IdP puts it: RFC 6749's
// 400 JSON, a 401 with a WWW-Authenticate challenge (invalid_client), an HTML or
// plain-text error page from a gateway, or an error object in a 200. Whatever the shape,
// a 4xx (or an `error` member) from the token endpoint is the IdP refusing the code
// (OIDC_CODE_REJECTED); only a 5xx says the IdP is not available. openid-client raises
// each shape as a different error; this reads the IdP's answer back out of any of them.
import type { FailureCode } from '../../../common/failures/catalog.ts';

export interface TokenRefusal {
  code: Extract<FailureCode, 'OIDC_CODE_REJECTED' | 'IDP_UNAVAILABLE'>;
  detail: string;
}

/** What the IdP said, as support may read it: at most this many characters. */
const SAID_MAX = 160;

type Borne = { response?: unknown; cause?: unknown; error?: unknown; error_description?: unknown };
type ErrorObject = { error: string; error_description?: unknown };

/** The errors openid-client nests: its own, oauth4webapi's, and what that one carries. */
function* chainOf(error: unknown): Generator<Borne> {
  for (let e = error as Borne | undefined, depth = 0; e && typeof e === 'object' && depth < 4; e = e.cause as Borne | undefined, depth++) yield e;
}

/** The token endpoint's Response an error carries, if any. */
function answerOf(error: unknown, tokenEndpoint: string): Response | null {
  for (const e of chainOf(error)) {
    for (const candidate of [e.response, e.cause]) {
      if (candidate instanceof Response && candidate.url.split(/[?#]/)[0] === tokenEndpoint) return candidate;
    }
  }
  return null;
}

/** An OAuth error object the library already parsed: a ResponseBodyError's, or one found in a 200's body. */
function errorObjectOf(error: unknown): ErrorObject | null {
  for (const e of chainOf(error)) {
    if (typeof e.error === 'string' && e.response instanceof Response) return e as ErrorObject;
    const body = (e.cause as { body?: Borne } | undefined)?.body;
    if (typeof body?.error === 'string') return body as ErrorObject;
  }
  return null;
}

const oneLine = (text: string) => text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, SAID_MAX);

function saidBy(body: string): string {
  try {
    const json = JSON.parse(body) as { error?: unknown; error_description?: unknown };
    if (typeof json.error === 'string') return oneLine(typeof json.error_description === 'string' ? `${json.error}: ${json.error_description}` : json.error);
  } catch {
    // Not JSON: the page's text is what the IdP said.
  }
  return oneLine(body);
}

async function bodyOf(response: Response): Promise<string> {
  try {
    return response.bodyUsed ? '' : await response.clone().text();
  } catch {
    return '';
  }
}

/** The refusal in `error` (thrown by the code grant), or null when `error` is not the token endpoint's answer. */
export async function tokenRefusal(error: unknown, tokenEndpoint: string | undefined): Promise<TokenRefusal | null> {
  const answer = tokenEndpoint ? answerOf(error, tokenEndpoint) : null;
  const object = errorObjectOf(error);
  if (!answer) return object ? { code: 'OIDC_CODE_REJECTED', detail: `The token endpoint refused the code: ${saidBy(JSON.stringify(object))}` } : null;
  if (answer.ok) return null;
  const said = (object ? saidBy(JSON.stringify(object)) : saidBy(await bodyOf(answer))) || answer.statusText;
  if (answer.status >= 500) return { code: 'IDP_UNAVAILABLE', detail: `The IdP's token endpoint answered ${answer.status}: ${said}` };
  return { code: 'OIDC_CODE_REJECTED', detail: `The token endpoint refused the code (${answer.status}): ${said}` };
}
