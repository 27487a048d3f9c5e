// Which of the two SP URLs a person signs in through (R17): the user one (admin portal)
// or the agent one (softphone). One type, one meaning, everywhere: the login page's
// `&audience=agent`, the ACS paths `/sso/saml/acs/user|agent`, the pending request and
// the attempt row (stored as the user kind it must match: USER or AGENT).
export type Audience = 'user' | 'agent';
export type UserKindOfAudience = 'USER' | 'AGENT';

/** Anything but `agent` is the user URL (the default login page). */
export const parseAudience = (value: string | null | undefined): Audience => (value === 'agent' ? 'agent' : 'user');

/** The kind of platform user the audience signs in (and the column value stored for it). */
export const userKindOf = (audience: Audience): UserKindOfAudience => (audience === 'agent' ? 'AGENT' : 'USER');

export const audienceOfKind = (kind: UserKindOfAudience): Audience => (kind === 'AGENT' ? 'agent' : 'user');
