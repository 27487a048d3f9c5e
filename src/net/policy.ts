// What a guarded outbound request may reach and how long and how much it may take, plus
// the observer hook (metrics are attached by the process, not here).
import { lookup as dnsLookup } from 'node:dns/promises';

export const OUTBOUND_MAX_BYTES = 1024 * 1024;
export const OUTBOUND_TIMEOUT_MS = 5_000;
export const OUTBOUND_MAX_REDIRECTS = 3;

/** Host name → every address it resolves to. */
export type ResolveHost = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** What a request is for: the label metrics and logs group by. */
export type OutboundKind = 'saml-metadata' | 'oidc-discovery' | 'jwks' | 'token' | 'userinfo' | 'oidc' | 'readiness' | 'idp-probe';

/** 'OK' for 2xx, 'HTTP_3XX' / 'HTTP_4XX' / 'HTTP_5XX' for other answers, the failure reason, or 'ABORTED' (the caller's signal). */
export type OutboundObserver = (event: { kind: string; host: string; outcome: string; durationMs: number }) => void;

export interface OutboundPolicy {
  /** Opens loopback and private networks (development, an IdP on the LAN); link-local and the like stay refused. */
  allowPrivateNetworks: boolean;
  /**
   * Exact addresses reachable whatever their class (an on-premises IdP at a fixed private
   * address, or a test's loopback server). Everything else still goes through the policy.
   */
  allowAddresses?: readonly string[];
  /** Default: the system resolver (getaddrinfo), all addresses. */
  resolve?: ResolveHost;
  /** Called with the checked address just before a socket is opened (tests). */
  onConnect?: (address: string, url: URL) => void;
  /** Called once per request when it ends, whatever the outcome. Must not throw (its errors are ignored). */
  observer?: OutboundObserver;
}

export interface OutboundOptions extends OutboundPolicy {
  kind?: OutboundKind;
  /** For the whole request: every hop, and the body. */
  timeoutMs?: number;
  maxBytes?: number;
  /** Redirects followed (GET and HEAD only). */
  maxRedirects?: number;
}

export const systemResolve: ResolveHost = (hostname) => dnsLookup(hostname, { all: true, order: 'verbatim' });
