// THE failure catalog: every documented sign-in failure, once. The sign-in service
// renders its messages from here, login history stores its codes, the diagnosis query
// explains from it, sandbox scenarios name the code they should produce, and the
// README's table is generated from it. Nothing else spells a failure message.
//
// Messages in `message` are shown to users word for word as the seeds give them
// (../shared/seeds/000_3ef7b9f97d565571.txt); {placeholders} are filled per attempt.

export interface FailureEntry {
  /** Requirement ids (../shared/REQUIREMENTS.md) this entry implements. */
  requirements: string[];
  /** Which identity provider family it concerns, if one. */
  provider?: 'SALESFORCE' | 'MICROSOFT' | 'ANY';
  /** What the person signing in sees. */
  message: string;
  /** Why it happens, for the admin. */
  cause: string;
  /** What fixes it, for the admin. */
  fix: string;
  /** The configuration field (ours) or IdP-side setting the fix touches. */
  fixTarget: string;
  /** Short heading, used for docs anchors and diagnosis titles. */
  title: string;
}

/** The message shown for failures the guides do not describe (R13). */
const SUPPORT = 'Single sign-on failed. Please contact your administrator or support and quote the trace ID {traceId}.';
const ACCESS_DENIED = 'There was an error logging into the external provider. The error message is: access_denied.';

export const FAILURE_CATALOG = {
  // ---- Login page (R01–R03) -------------------------------------------------------
  ACCOUNT_PARAMETER_MISSING: {
    requirements: ['R02'],
    title: 'The login URL names no account',
    message: 'To sign in with single sign-on, open the login page with your account name: {loginUrlExample}',
    cause: 'The login URL has no ?account=AccountName parameter, so the page cannot know which SSO buttons to show.',
    fix: 'Use the single sign-on URL with your account name: https://HOST/login?account=AccountName (also in the CTI Adapter URL of your Salesforce call-center settings).',
    fixTarget: 'login URL / Salesforce call center "CTI Adapter URL"',
  },
  ACCOUNT_UNKNOWN: {
    requirements: ['R02'],
    title: 'The login URL names an unknown account',
    message: 'No account named {accountName} was found. Check the account name in the login URL.',
    cause: 'The account parameter of the login URL matches no account.',
    fix: 'Correct the account name in the login URL (and in the Salesforce "CTI Adapter URL" if the softphone uses it).',
    fixTarget: 'login URL / Salesforce call center "CTI Adapter URL"',
  },
  LOGIN_URL_INVALID: {
    requirements: ['R03'],
    title: 'A stored login URL does not follow the SSO URL syntax',
    message: 'The URL {url} is not a valid single sign-on URL. Use {loginUrlExample}',
    cause: 'The URL does not point at the login page, or lacks ?account=AccountName.',
    fix: 'Set the URL (for example the CTI Adapter URL in Salesforce call-center settings) to https://HOST/login?account=AccountName.',
    fixTarget: 'Salesforce call center "CTI Adapter URL"',
  },
  SSO_NOT_CONFIGURED: {
    requirements: ['R01'],
    title: 'Single sign-on is not configured for the account',
    message: 'Single sign-on is not set up for the account {accountName}. Sign in with your username and password.',
    cause: 'The account has no SSO entitlement, no IdP connection, or SSO is switched off, so no SSO buttons are shown.',
    fix: 'Ask customer care for the SSO entitlement, add an IdP connection, complete the set-up and enable SSO on the security tab.',
    fixTarget: 'Tenant.ssoEntitled / IdpConnection / Tenant.ssoEnabled',
  },

  // ---- Account switching (R04, R05) -----------------------------------------------
  ACCOUNT_SWITCH_PROVIDER_MISMATCH: {
    requirements: ['R04'],
    title: 'The other account uses a different identity provider',
    message: 'You cannot switch to the account {accountName} with {provider} single sign-on: that account is not configured for {provider}.',
    cause: 'Signing in to one account through one provider does not sign in to an account configured only for another provider.',
    fix: 'Configure single sign-on for the same provider in every account the person switches between.',
    fixTarget: 'IdpConnection.provider (of the other account)',
  },
  ACCOUNT_SWITCH_ORG_MISMATCH: {
    requirements: ['R05'],
    title: 'The other account is linked to a different Salesforce org or Entra domain',
    message: 'You cannot switch to the account {accountName}: it is linked to a different {provider} organisation.',
    cause: 'For Salesforce every account must be linked to the same Salesforce org; for Microsoft, to the same Azure AD (Entra ID) domain.',
    fix: 'Link all the person\'s accounts to the same Salesforce org (Salesforce) or the same Entra tenant/domain (Microsoft).',
    fixTarget: 'IdpConnection.salesforceOrgId / IdpConnection.entraTenantId / IdpConnection.entraDomain',
  },

  // ---- Documented sign-in messages (R06–R12) --------------------------------------
  SALESFORCE_ORG_NOT_LINKED: {
    requirements: ['R06'],
    provider: 'SALESFORCE',
    title: 'No account is linked to the Salesforce org',
    message: 'No account is linked to your Salesforce organisation. If {salesforceUsername} is not the correct user, please log out of Salesforce and try again.',
    cause: "The Salesforce user's org is not linked to any account with Salesforce single sign-on enabled. The user has most likely logged in to the wrong Salesforce org.",
    fix: 'Check the org the user is logged in to; or link that org to the account with Salesforce single sign-on.',
    fixTarget: 'IdpConnection.salesforceOrgId',
  },
  SALESFORCE_WRONG_ORG: {
    requirements: ['R07'],
    provider: 'SALESFORCE',
    title: 'The Salesforce user is in another org than the account in the URL',
    message: '{salesforceUsername} is not in the correct Salesforce org for the account {accountName}. Please check SSO URL, log out of Salesforce and try again.',
    cause: 'The account in the URL has Salesforce single sign-on, linked to a different org than the user\'s. Most likely the user is using the wrong URL or is logged in to the wrong Salesforce org.',
    fix: 'Check the URL the user opens the admin portal or softphone on; if it is correct, check the org the user is logged in to.',
    fixTarget: 'login URL (?account=) / IdpConnection.salesforceOrgId',
  },
  SALESFORCE_EMAIL_UNVERIFIED: {
    requirements: ['R08'],
    provider: 'SALESFORCE',
    title: 'Salesforce has not verified the user\'s email address',
    message: 'Only email addresses verified by Salesforce can be used. If {salesforceUsername} is not the correct user, please log out of Salesforce and try again.',
    cause: 'Users are matched by email and Salesforce reports the user\'s email address as unverified (usually a Salesforce issue).',
    fix: 'Select a Salesforce identifier field other than Email (Username or External ID); or have the user verify their email address in Salesforce.',
    fixTarget: 'IdpConnection.identifierField',
  },
  MICROSOFT_NO_EMAIL: {
    requirements: ['R09'],
    provider: 'MICROSOFT',
    title: 'Microsoft provided no email for the user',
    message: 'No Email provided for user {microsoftUsername} from Microsoft.',
    cause: 'Users are matched by email and Microsoft Entra ID (Azure AD) stores no email address for the user.',
    fix: 'Select Username as the Microsoft identifier field instead of Email (the username is generally the email address).',
    fixTarget: 'IdpConnection.identifierField',
  },
  MICROSOFT_WRONG_TENANT: {
    requirements: ['R05', 'R13'],
    provider: 'MICROSOFT',
    title: 'The Microsoft user is in another Entra ID directory than the account in the URL',
    message: SUPPORT,
    cause: "The account in the URL has Microsoft single sign-on linked to a different Entra ID (Azure AD) tenant or domain than the user's.",
    fix: 'Check the URL the user opens; link the account to the Entra tenant/domain the user belongs to; or have the user sign out of Microsoft and sign in with the right work account.',
    fixTarget: 'IdpConnection.entraTenantId / IdpConnection.entraDomain',
  },
  USER_NOT_FOUND: {
    requirements: ['R10'],
    provider: 'ANY',
    title: 'No user of the account matches the external user',
    message: 'No user found with the Username/Email/External ID {identifierValue}. If this is not the correct user, please log out of Salesforce/Microsoft and try again.',
    cause: 'The account has no user whose {identifierField} matches the external user: the user does not exist, its username/email/external ID differs, or the connection matches on the wrong identifier field.',
    fix: 'Create the user and link it to the external user; or correct the user\'s username, email or external ID; or choose the right identifier field on the connection.',
    fixTarget: 'User.username / User.email / User.externalId / IdpConnection.identifierField',
  },
  MULTIPLE_USERS_FOUND: {
    requirements: ['R11'],
    provider: 'ANY',
    title: 'Several users of the account match the external user',
    message: 'Multiple users found with the Email/External ID {identifierValue}. If this is not the correct user, please log out of Salesforce/Microsoft and try again.',
    cause: 'More than one user of the account has the same {identifierField}.',
    fix: 'Give each user a unique email or external ID, as the identifier field requires.',
    fixTarget: 'User.email / User.externalId',
  },
  IDP_IP_RESTRICTED: {
    requirements: ['R12'],
    provider: 'SALESFORCE',
    title: 'Salesforce restricts the platform by IP address',
    message: ACCESS_DENIED,
    cause: 'The platform is restricted from accessing the Salesforce org: Login History in Salesforce Setup shows Status "Restricted IP" for the platform\'s application.',
    fix: 'In Salesforce Setup, Connected Apps (Classic) or Manage Connected Apps (Lightning): Edit the platform\'s app and, under OAuth policies, set IP Relaxation to "Relax IP restrictions".',
    fixTarget: 'Salesforce connected app: OAuth policies → IP Relaxation',
  },
  IDP_ACCESS_DENIED: {
    requirements: ['R12'],
    provider: 'ANY',
    title: 'The identity provider denied access',
    message: ACCESS_DENIED,
    cause: 'The identity provider answered access_denied (the user declined, or a policy at the IdP refused the sign-in).',
    fix: 'Check the IdP\'s sign-in log for this user and application; if it shows an IP restriction, relax it for the platform\'s application.',
    fixTarget: 'IdP-side application policy',
  },
  SSO_COOKIE_MISSING: {
    requirements: ['R12'],
    provider: 'ANY',
    title: 'The single sign-on cookie is invalid or missing',
    message: ACCESS_DENIED,
    cause: 'The browser came back from the identity provider without the sign-in cookie set when the sign-in started (or with one that is invalid or expired).',
    fix: 'The user restarts the browser and clicks the single sign-on button again.',
    fixTarget: 'user\'s browser',
  },

  // ---- Rejected by protocol validation (R13: the user is sent to support) ---------
  SAML_SIGNATURE_INVALID: {
    requirements: ['R13'],
    title: 'The SAML response signature does not verify',
    message: SUPPORT,
    cause: 'The SAML response or assertion is not signed by any of the connection\'s signing certificates (altered in transit, or the IdP rotated its key).',
    fix: 'Update the connection\'s signing certificates from the IdP metadata (importSamlMetadata).',
    fixTarget: 'IdpConnection.saml.signingCertificates',
  },
  SAML_SIGNATURE_SHA1: {
    requirements: ['R13'],
    title: 'The IdP signs with SHA-1',
    message: 'Single sign-on failed: your identity provider signs with SHA-1 ({algorithm}), which is no longer accepted. Please contact your administrator or support and quote the trace ID {traceId}.',
    cause: 'The SAML response or its digest uses SHA-1 ({algorithm}); SHA-1 signatures can be forged and are refused unless the connection opted in for a legacy IdP.',
    fix: 'At the IdP, sign with RSA-SHA256 (Okta: the app\'s Signature Algorithm; AD FS: the relying party trust\'s secure hash algorithm SHA-256; Entra: the SAML signing algorithm SHA-256). Only if the IdP cannot, allow SHA-1 on this connection (saml.allowSha1Signatures), which readiness then warns about.',
    fixTarget: 'IdpConnection.saml.allowSha1Signatures',
  },
  SAML_ASSERTION_UNSIGNED: {
    requirements: ['R13'],
    title: 'The SAML assertion is not signed',
    message: SUPPORT,
    cause: 'The IdP sent an assertion without a signature; the platform accepts only signed assertions.',
    fix: 'At the IdP, sign the assertion (or the whole response) for this application.',
    fixTarget: 'IdP-side SAML app: assertion signing',
  },
  SAML_CERTIFICATE_EXPIRED: {
    requirements: ['R13'],
    title: 'The IdP signing certificate has expired',
    message: SUPPORT,
    cause: 'The certificate that signed the response is outside its validity period.',
    fix: 'Renew the signing certificate at the IdP and import the new metadata.',
    fixTarget: 'IdpConnection.saml.signingCertificates / IdP-side signing certificate',
  },
  SAML_AUDIENCE_MISMATCH: {
    requirements: ['R13'],
    title: 'The SAML assertion is for another service provider',
    message: SUPPORT,
    cause: "The assertion's Audience is not this platform's SP entity ID.",
    fix: 'At the IdP, set the Audience URI (SP entity ID) to the value shown in the set-up instructions.',
    fixTarget: 'IdP-side SAML app: Audience URI',
  },
  SAML_RECIPIENT_MISMATCH: {
    requirements: ['R13'],
    title: 'The SAML response was sent for another address',
    message: SUPPORT,
    cause: "The response's Destination or the assertion's Recipient is not the ACS URL it arrived at.",
    fix: 'At the IdP, set the single sign-on (ACS) URLs to the two URLs shown in the set-up instructions.',
    fixTarget: 'IdP-side SAML app: ACS URLs',
  },
  SAML_IN_RESPONSE_TO_MISMATCH: {
    requirements: ['R13'],
    title: 'The SAML response answers a request this browser did not make',
    message: SUPPORT,
    cause: 'InResponseTo does not match the pending sign-in request of this browser.',
    fix: 'The user starts again from the SSO button; if it persists, check for a proxy replaying responses.',
    fixTarget: 'none (security rejection)',
  },
  SAML_ASSERTION_EXPIRED: {
    requirements: ['R13'],
    title: 'The SAML assertion is outside its validity window',
    message: SUPPORT,
    cause: 'NotBefore / NotOnOrAfter put the assertion in the future or the past, beyond the allowed clock skew; or an unsolicited (IdP-initiated) response was issued (IssueInstant, NotBefore) more than 2 minutes before it arrived.',
    fix: 'Check the IdP server clock (NTP); then sign in again.',
    fixTarget: 'IdP-side clock',
  },
  SAML_IDP_INITIATED_DISABLED: {
    requirements: ['R13'],
    title: 'IdP-initiated SAML is off for the connection',
    message: 'Signing in from your identity provider\'s app dashboard is not enabled for this account. Open the account\'s login page and use its single sign-on button (trace ID {traceId}).',
    cause: 'An unsolicited (IdP-initiated) SAML response — one that answers no sign-in request of the platform, as an IdP app dashboard tile sends — arrived for a connection whose IdP-initiated setting is off (the default).',
    fix: 'Either people start from the login page (SP-initiated), or switch IdP-initiated SAML on for the connection (updateIdpConnection saml.idpInitiated.enabled) and list the RelayState targets it may land on (saml.idpInitiated.relayStates). Unsolicited responses are then accepted only within 2 minutes of their IssueInstant and only once.',
    fixTarget: 'IdpConnection.saml.idpInitiated.enabled',
  },
  SAML_ASSERTION_REPLAYED: {
    requirements: ['R13'],
    title: 'The SAML assertion was already used',
    message: SUPPORT,
    cause: 'An assertion with this ID was already consumed; a replay is refused.',
    fix: 'The user starts again from the SSO button.',
    fixTarget: 'none (security rejection)',
  },
  SAML_ISSUER_MISMATCH: {
    requirements: ['R13'],
    title: 'The SAML response comes from another identity provider',
    message: SUPPORT,
    cause: "The response's or assertion's Issuer is not the connection's IdP entity ID.",
    fix: "Check the connection's IdP entity ID against the IdP metadata (importSamlMetadata).",
    fixTarget: 'IdpConnection.saml.entityId',
  },
  SAML_RESPONSE_MALFORMED: {
    requirements: ['R13'],
    title: 'The SAML response could not be read',
    message: SUPPORT,
    cause: 'The SAMLResponse is not base64, not XML, carries a DTD, is not a SAML 2.0 Response, or lacks a part Web SSO requires (one assertion, a subject, a bearer confirmation).',
    fix: 'Check the IdP application is a SAML 2.0 Web SSO (HTTP-POST) application for this platform.',
    fixTarget: 'IdP-side SAML app',
  },
  SAML_ENCRYPTION_UNSUPPORTED: {
    requirements: ['R13'],
    title: 'The IdP encrypted the assertion',
    message: SUPPORT,
    cause: 'The assertion, NameID or attributes are encrypted; the platform receives responses over HTTPS and does not accept encrypted ones.',
    fix: 'Turn assertion (and NameID / attribute) encryption off for this application at the IdP.',
    fixTarget: 'IdP-side SAML app: assertion encryption',
  },
  OIDC_STATE_MISMATCH: {
    requirements: ['R13'],
    title: 'The OIDC callback does not belong to this browser\'s sign-in',
    message: SUPPORT,
    cause: 'The state parameter does not match the sign-in started in this browser.',
    fix: 'The user starts again from the SSO button.',
    fixTarget: 'none (security rejection)',
  },
  OIDC_NONCE_MISMATCH: {
    requirements: ['R13'],
    title: 'The ID token was issued for another sign-in',
    message: SUPPORT,
    cause: "The ID token's nonce does not match the sign-in started in this browser.",
    fix: 'The user starts again from the SSO button.',
    fixTarget: 'none (security rejection)',
  },
  OIDC_TOKEN_INVALID: {
    requirements: ['R13'],
    title: 'The ID token failed validation',
    message: SUPPORT,
    cause: 'The ID token has a bad signature, the wrong issuer or audience, or is expired / not yet valid.',
    fix: 'Check the connection\'s issuer and client ID against the IdP, and the IdP clock.',
    fixTarget: 'IdpConnection.oidc.issuer / IdpConnection.oidc.clientId',
  },
  OIDC_CODE_REJECTED: {
    requirements: ['R13'],
    title: 'The IdP refused the authorization code',
    message: SUPPORT,
    cause: 'The token endpoint refused the code (already used, expired, PKCE verifier mismatch, or wrong client secret).',
    fix: 'Check the connection\'s client ID and secret; otherwise the user starts again from the SSO button.',
    fixTarget: 'IdpConnection.oidc.clientSecret',
  },
  OIDC_ISSUER_MISMATCH: {
    requirements: ['R13'],
    title: 'The response came from another identity provider',
    message: SUPPORT,
    cause: 'The authorization response names an issuer other than the connection\'s (mix-up attack or misconfiguration).',
    fix: 'Check the connection\'s issuer URL.',
    fixTarget: 'IdpConnection.oidc.issuer',
  },
  IDP_UNAVAILABLE: {
    requirements: ['R13'],
    title: 'The identity provider did not answer',
    message: SUPPORT,
    cause: 'The IdP was unreachable, answered with a server error, or took longer than the sign-in allows (3 s for the check before the browser is sent to it, 5 s for each call the sign-in makes to it).',
    fix: 'Check the IdP\'s status and the connection\'s issuer / SSO URL; then try again.',
    fixTarget: 'IdpConnection.oidc.issuer / IdpConnection.saml.ssoUrl',
  },
  WRONG_SIGN_IN_URL: {
    requirements: ['R17'],
    title: 'An agent used the user sign-in URL, or a user the agent URL',
    message: 'This sign-in address is for {expectedKind}s. Please use the {expectedKind} sign-in link.',
    cause: 'Agents sign in only through the agent URL and users only through the user URL; the matched person is of the other kind.',
    fix: 'Register both SP URLs at the IdP and give agents the agent sign-in link.',
    fixTarget: 'IdP-side app: the two SP URLs',
  },
  UNEXPECTED_ERROR: {
    requirements: ['R13'],
    title: 'Something else went wrong',
    message: SUPPORT,
    cause: 'A failure the guides do not describe.',
    fix: 'Contact support with the trace ID.',
    fixTarget: 'none',
  },
} as const satisfies Record<string, FailureEntry>;

export type FailureCode = keyof typeof FAILURE_CATALOG;
export const FAILURE_CODES = Object.keys(FAILURE_CATALOG) as FailureCode[];

/** Fills {placeholders}; a missing value is left visible rather than silently blanked. */
export function renderMessage(code: FailureCode, params: Record<string, string | undefined>): string {
  return FAILURE_CATALOG[code].message.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
