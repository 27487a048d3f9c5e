// Test sign-ins (testIdpConnection): an unforgeable, short-lived ticket naming the
// connection and audience it may test. Sealed with the secrets key, so only this
// platform can mint one, and bound to its purpose by the associated data.
import type { SecretBox } from '../../security/secret-box.ts';
import type { Audience } from './audience.ts';

const TEST_TICKET_CONTEXT = 'ConnectionTestTicket';
export const TEST_TICKET_TTL_MS = 30 * 60_000;

export function newTestTicket(secrets: SecretBox, connectionId: string, audience: Audience): string {
  return secrets.seal(JSON.stringify({ connectionId, audience, exp: Date.now() + TEST_TICKET_TTL_MS }), TEST_TICKET_CONTEXT);
}

/** Whether the ticket was minted here, for this connection and audience, and is unexpired. */
export function isValidTestTicket(secrets: SecretBox, ticket: string, connectionId: string | undefined, audience: Audience): boolean {
  try {
    const t = JSON.parse(secrets.open(ticket, TEST_TICKET_CONTEXT)) as { connectionId: string; audience: Audience; exp: number };
    return t.connectionId === connectionId && t.audience === audience && t.exp > Date.now();
  } catch {
    return false;
  }
}
