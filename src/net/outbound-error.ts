// The one error a guarded outbound request throws. A non-2xx answer is not an error here:
// it comes back as a Response and the caller decides what it means.
export type OutboundFailure = 'REFUSED' | 'UNREACHABLE' | 'TOO_LARGE' | 'TIMEOUT' | 'TOO_MANY_REDIRECTS';

export class OutboundRequestError extends Error {
  constructor(readonly reason: OutboundFailure, message: string) {
    super(message);
    this.name = 'OutboundRequestError';
  }
}
