// Arming refused, and why: a typed answer of the admin API (JSON `{ error, code,
// failureCode, reason }`) instead of a scenario that would silently produce another code.
export type RefusalCode =
  /** Not a code of the failure catalog at all. */
  | 'UNKNOWN_FAILURE_CODE'
  /** A catalog code no IdP behaviour can cause (see sandbox/scenarios/unproducible.ts). */
  | 'SCENARIO_NOT_PRODUCIBLE'
  /** SAML_ASSERTION_REPLAYED with no delivered response in scope to resend yet. */
  | 'SCENARIO_NOTHING_TO_REPLAY';

export class ScenarioRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly failureCode: string,
    readonly reason: string,
    readonly status: 400 | 422 = 422,
  ) {
    super(`cannot arm ${failureCode}: ${reason}`);
  }

  toJSON() {
    return { error: this.message, code: this.code, failureCode: this.failureCode, reason: this.reason };
  }
}
