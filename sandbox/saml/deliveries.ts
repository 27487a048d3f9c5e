// What the SAML IdP last delivered to each SP for each person: the POST it auto-submitted
// (SAMLResponse exactly as sent, its ACS and RelayState). The SAML_ASSERTION_REPLAYED
// scenario resends it. Bounded: the oldest deliveries are forgotten first.
import type { OrgKey } from '../directory/types.ts';

export interface Delivery {
  org: OrgKey;
  spEntityId: string;
  personId: string;
  acs: string;
  /** Base64, byte for byte as it was posted. */
  samlResponse: string;
  relayState?: string;
  deliveredAt: string;
}

const LIMIT = 10_000;

export class DeliveryBook {
  private last = new Map<string, Delivery>();

  private static key(org: OrgKey, spEntityId: string, personId: string): string {
    return `${org}|${spEntityId}|${personId}`;
  }

  record(d: Omit<Delivery, 'deliveredAt'>): void {
    const key = DeliveryBook.key(d.org, d.spEntityId, d.personId);
    this.last.delete(key); // re-inserted last: Map order is the age order
    this.last.set(key, { ...d, deliveredAt: new Date().toISOString() });
    if (this.last.size > LIMIT) this.last.delete(this.last.keys().next().value!);
  }

  lastFor(org: OrgKey, spEntityId: string, personId: string): Delivery | undefined {
    return this.last.get(DeliveryBook.key(org, spEntityId, personId));
  }

  list(): Delivery[] {
    return [...this.last.values()];
  }

  clear(): void {
    this.last.clear();
  }
}
