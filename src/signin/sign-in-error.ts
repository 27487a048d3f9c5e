// An expected sign-in failure: a catalog code, the values its message needs, and the
// detail an admin reads. Any step of a sign-in throws it with failSignIn(); the flow
// that runs the steps records it as the attempt's outcome.
import type { FailureCode } from '../../common/failures/catalog.ts';

/** An expected sign-in failure: a catalog code, the values its message needs, and detail for the admin. */
export interface SignInFailure {
  code: FailureCode;
  params: Record<string, string>;
  /** Admin-facing detail recorded in login history (never a secret, never shown to the user). */
  detail: string;
}

export class SignInError extends Error {
  constructor(readonly failure: SignInFailure) {
    super(`${failure.code}: ${failure.detail}`);
    this.name = 'SignInError';
  }
}

export const failSignIn = (code: FailureCode, detail: string, params: Record<string, string> = {}): never => {
  throw new SignInError({ code, detail, params });
};
