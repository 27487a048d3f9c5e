// The guarded outbound HTTP client: every server-side request of src/ goes through here.
export { guardedFetch, type GuardedFetchOptions } from './guarded-fetch.ts';
export { OutboundRequestError, type OutboundFailure } from './outbound-error.ts';
export {
  OUTBOUND_MAX_BYTES,
  type OutboundKind, type OutboundObserver, type OutboundOptions, type OutboundPolicy, type ResolveHost,
} from './policy.ts';
