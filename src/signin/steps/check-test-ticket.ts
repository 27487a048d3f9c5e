// Rule: a test sign-in (testIdpConnection) carries a ticket this platform minted for this
// connection and audience, not yet expired. It is what lets a test run before SSO is on.
import { isValidTestTicket } from '../../domain/signin/test-tickets.ts';
import type { StartContext } from '../flows/contexts.ts';
import type { Step } from '../attempt/pipeline.ts';
import { failSignIn } from '../sign-in-error.ts';

export const checkTestTicket: Step<StartContext> = (ctx, { secrets }) => {
  if (ctx.kind !== 'TEST') return;
  if (!isValidTestTicket(secrets, ctx.input.testTicket ?? '', ctx.connection?.id, ctx.audience)) {
    failSignIn('UNEXPECTED_ERROR', 'The test sign-in link is invalid or expired; start a new test.');
  }
};
