// Support operations (R13): one attempt by trace id, its bundle, the operator's unattributed attempts.
import { graphql } from './generated/index.ts';

export const AttemptByTrace = graphql(`
  query AttemptByTraceOp($traceId: String!) {
    loginAttempt(traceId: $traceId) {
      id kind outcome stage code message detail accountName audience protocol provider repeatCount traceId evidence
      timeline { stage ok code step durationMs at }
      diagnosis { code title message cause fix fixTarget requirements }
    }
  }
`);

export const SupportBundleOf = graphql(`
  query SupportBundleOp($traceId: String!) {
    supportBundle(traceId: $traceId) { traceId document downloadUrl downloadExpiresAt }
  }
`);

export const UnattributedAttempts = graphql(`
  query UnattributedAttemptsOp($code: FailureCode, $first: Int) {
    unattributedLoginAttempts(code: $code, first: $first) { edges { node { traceId code repeatCount accountName detail } } }
  }
`);
