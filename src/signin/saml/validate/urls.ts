// URL equality for Destination / Recipient: exact after WHATWG normalization (scheme and
// host case, default port), nothing looser (no prefix match, no trailing-slash forgiveness).
export function sameUrl(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  if (a === b) return true;
  try {
    return new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
}
