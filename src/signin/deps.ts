// What the sign-in service needs from the process: the database, the secrets box, the
// public URL, the logger, its settings and an observer for metrics. Built once in
// src/http/app.ts.
import type { Db } from '../db/client.ts';
import type { Logger } from '../observability/log.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { FailureCode } from '../../common/failures/catalog.ts';
import type { Stage } from './attempt/stages.ts';
import type { OutboundObserver } from '../net/index.ts';

export interface SignInSettings {
  /** A pending attempt that has not come back from the IdP after this long is ABANDONED. */
  abandonAfterMs: number;
  /** Identical pre-account failures from one address beyond this many a minute are coalesced into one row. */
  failuresPerMinutePerAddress: number;
  /** Beyond this many unattributed failures a minute (all addresses), they are coalesced by code alone. */
  unattributedPerMinute: number;
  /** How many proxies in front of us may set X-Forwarded-For (0: use the socket address). */
  trustedProxyHops: number;
}

/** What an attempt's outcome tells metrics (prom-client is wired in src/http/app.ts). */
interface AttemptOutcomeEvent {
  traceId: string;
  kind: string;
  outcome: 'PENDING' | 'SUCCESS' | 'FAILURE';
  code: FailureCode | null;
  protocol: string | null;
  provider: string | null;
  audience: string;
  tenantId: string | null;
  connectionId: string | null;
  stage: Stage;
  step: string | null;
  durationMs: number;
  coalesced: boolean;
}

interface SignInObserver {
  stage?(stage: Stage, protocol: string | null, ms: number, ok: boolean): void;
  outcome?(event: AttemptOutcomeEvent): void;
  /** Every request to an IdP (discovery, JWKS, token, userinfo) as it ends. */
  outbound?: OutboundObserver;
}

export interface SignInDeps {
  db: Db;
  secrets: SecretBox;
  publicUrl: string;
  logger: Logger;
  settings: SignInSettings;
  /** The SSRF guard's setting for requests to IdPs (Config.allowPrivateNetworks; on in development: the sandbox is on 127.0.0.1). */
  allowPrivateNetworks: boolean;
  observer?: SignInObserver;
}
