// Masks personal values in what goes to support: emails keep their first letter and their
// domain (enough to tell which directory), other names keep their first letter, client
// addresses lose their last part. Keys and structure stay, so support still sees what
// the IdP sent and which value was empty.
const PERSONAL_KEYS = new Set([
  'email', 'name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'upn', 'unique_name',
  'phone_number', 'address', 'picture', 'birthdate', 'nameId', 'externalUsername', 'externalSubject', 'identifierValue', 'sub', 'oid', 'user_id',
]);

function maskValue(value: string): string {
  const at = value.indexOf('@');
  if (at > 0) return `${value[0]}***${value.slice(at)}`;
  return value.length <= 1 ? '*' : `${value[0]}***`;
}

export function maskAddress(ip: string | null): string | null {
  if (!ip) return ip;
  if (ip.includes('.')) return ip.replace(/\.\d+$/, '.x');
  return `${ip.split(':').slice(0, 4).join(':')}:…`;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** Attributes that describe no person: the sandbox's mark of a staged failure. */
const IMPERSONAL_ATTRIBUTES = new Set(['sandbox_scenario']);

/** Personal values held under personal keys (and SAML attribute values), to find them in free text too. */
function collect(value: unknown, into: Set<string>, key?: string, inAttributes = false): void {
  if (typeof value === 'string') {
    if ((inAttributes || (key !== undefined && PERSONAL_KEYS.has(key))) && value.length >= 3) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into, key, inAttributes);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) collect(v, into, k, (inAttributes && !IMPERSONAL_ATTRIBUTES.has(k)) || k === 'attributes');
  }
}

function mask(value: unknown, known: string[], key?: string, inAttributes = false): unknown {
  if (typeof value === 'string') {
    if (inAttributes || (key !== undefined && PERSONAL_KEYS.has(key))) return maskValue(value);
    // Free text (messages, details) may quote a personal value: mask it where it appears.
    let text = value;
    for (const k of known) text = text.split(k).join(maskValue(k));
    return text.replace(EMAIL, (email) => (email.includes('***') ? email : maskValue(email)));
  }
  if (Array.isArray(value)) return value.map((v) => mask(v, known, key, inAttributes));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mask(v, known, k, (inAttributes && !IMPERSONAL_ATTRIBUTES.has(k)) || k === 'attributes')]));
  }
  return value;
}

/**
 * A deep copy with personal values masked: known personal keys anywhere, every SAML
 * attribute value, and those same values (and any email address) where free text quotes them.
 */
export function redactPersonal<T>(value: T): T {
  const known = new Set<string>();
  collect(value, known);
  return mask(value, [...known].sort((a, b) => b.length - a.length)) as T;
}
