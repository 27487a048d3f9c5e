// The guarded outbound HTTP client: every server-side request of src/ goes through here.
export { guardedFetch, type GuardedFetchOptions } from './guarded-fetch.ts';
export { checkTarget, type CheckedTarget } from './check-target.ts';
export { OutboundRequestError, type OutboundFailure } from './outbound-error.ts';
export {
  OUTBOUND_MAX_BYTES, OUTBOUND_MAX_REDIRECTS, OUTBOUND_TIMEOUT_MS,
  type OutboundKind, type OutboundObserver, type OutboundOptions, type OutboundPolicy, type ResolveHost,
} from './policy.ts';
