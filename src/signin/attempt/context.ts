// What every step of one sign-in attempt shares: who asked (request metadata), what is
// known so far (account, connection, pending request, identity, user), the attempt's
// trace id and kind, and its timeline. Steps read and fill it; the flow records it.
import type { IdpConnection, SignInRequest, Tenant, User } from '../../db/generated/sqlite/client.ts';
import type { Audience } from '../../domain/signin/audience.ts';
import type { ExternalIdentity } from '../identity.ts';
import type { TimelineEntry } from './stages.ts';
import type { IdentifierField } from '../../domain/users/identifier-field.ts';

type AttemptKind = 'SIGN_IN' | 'TEST' | 'SWITCH';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export interface AttemptContext {
  traceId: string;
  kind: AttemptKind;
  audience: Audience;
  meta: RequestMeta;
  /** performance.now() at the attempt's first request in this process. */
  startedAt: number;
  /** The account as the request named it (may match no tenant). */
  accountName: string | null;
  tenant: Tenant | null;
  connection: IdpConnection | null;
  /** The pending sign-in this request completes (callback / ACS). */
  request: SignInRequest | null;
  identity: ExternalIdentity | null;
  user: User | null;
  /** Values the catalog's messages may need, gathered along the way. */
  params: Record<string, string>;
  /** What the IdP sent, decoded and summarised (see src/signin/evidence). */
  evidence: Record<string, unknown> | null;
  timeline: TimelineEntry[];
  /** Whether a login-attempt row exists for traceId already (written at /sso/start). */
  persisted: boolean;
  /** The matched user, by identifier, for login history. */
  match: { identifierField: IdentifierField; identifierValue: string } | null;
}

export function newAttempt(init: Pick<AttemptContext, 'traceId' | 'kind' | 'audience' | 'meta'> & Partial<AttemptContext>): AttemptContext {
  return {
    startedAt: performance.now(),
    accountName: null,
    tenant: null,
    connection: null,
    request: null,
    identity: null,
    user: null,
    params: {},
    evidence: null,
    timeline: [],
    persisted: false,
    match: null,
    ...init,
  };
}
