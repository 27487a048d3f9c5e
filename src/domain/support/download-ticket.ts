// A support bundle's download link: a ticket sealed with the secrets key naming the trace
// id and the API token it was made for, valid for a few minutes. The download checks the
// token is still live and may still see the attempt, so a revoked token's link dies with it.
import type { SecretBox } from '../../security/secret-box.ts';

const CONTEXT = 'SupportBundleDownload';
const DOWNLOAD_TTL_MS = 10 * 60_000;

export interface DownloadTicket { traceId: string; tokenId: string; exp: number }

export function newDownloadTicket(secrets: SecretBox, traceId: string, tokenId: string, now = Date.now()): { ticket: string; expiresAt: Date } {
  const exp = now + DOWNLOAD_TTL_MS;
  return { ticket: secrets.seal(JSON.stringify({ traceId, tokenId, exp } satisfies DownloadTicket), CONTEXT), expiresAt: new Date(exp) };
}

/** The ticket's content when it is ours, for this trace id, and unexpired; null otherwise. */
export function openDownloadTicket(secrets: SecretBox, ticket: string, traceId: string, now = Date.now()): DownloadTicket | null {
  try {
    const t = JSON.parse(secrets.open(ticket, CONTEXT)) as DownloadTicket;
    return t.traceId === traceId && t.exp > now ? t : null;
  } catch {
    return null;
  }
}
