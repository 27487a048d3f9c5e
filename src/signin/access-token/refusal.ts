// An IdP access token refused by one of the checks: the code (refusals.ts) and the
// admin-facing detail that goes to the log line (never the token itself).
import type { IdpTokenRefusalCode } from './refusals.ts';

export class IdpTokenRefusal extends Error {
  constructor(
    readonly code: IdpTokenRefusalCode,
    readonly detail: string,
    /** The sign-in failure catalog code when the user matching refused (IDP_TOKEN_USER_NOT_MATCHED). */
    readonly signInCode?: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'IdpTokenRefusal';
  }
}

export const refuse = (code: IdpTokenRefusalCode, detail: string, signInCode?: string): never => {
  throw new IdpTokenRefusal(code, detail, signInCode);
};
