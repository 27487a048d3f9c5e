// The stages of a sign-in attempt, in order. The timeline of an attempt lists the stages
// it passed, each with when and how long; a failure is the stage it failed in, with the
// catalog code and the step (file) that decided it.
import type { FailureCode } from '../../../common/failures/catalog.ts';

const STAGES = [
  'started',         // /sso/start: account and connection found, SSO available
  'sent_to_idp',     // the browser was redirected to the IdP
  'returned',        // the browser came back (callback / ACS) and its pending sign-in was found
  'validated',       // the ID token or SAML response passed every protocol check
  'matched',         // the external identity matched exactly one user of the account
  'session_created', // a session was opened (or, for a test sign-in, its result recorded)
] as const;
export type Stage = (typeof STAGES)[number];

export interface TimelineEntry {
  stage: Stage;
  /** When the stage ended (ISO 8601). */
  at: string;
  /** How long the stage took, in milliseconds. */
  ms: number;
  ok: boolean;
  code?: FailureCode;
  /** The step that failed the stage (its file name under src/signin/steps). */
  step?: string;
}
