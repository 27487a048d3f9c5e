// What every part of one sandbox instance shares.
import type { Directory } from './directory/directory.ts';
import type { DeliveryBook } from './saml/deliveries.ts';
import type { ScenarioRegistry } from './scenarios/registry.ts';
import type { TicketBook } from './signin/tickets.ts';

export interface SandboxContext {
  directory: Directory;
  scenarios: ScenarioRegistry;
  tickets: TicketBook;
  /** SAML responses delivered, per SP and person (the replay scenario resends them). */
  deliveries: DeliveryBook;
  /** Public base URL, no trailing slash: issuers and SAML endpoints derive from it. */
  publicUrl: string;
  log: (line: string) => void;
}
