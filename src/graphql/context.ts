import type { Db } from '../db/client.ts';
import type { Viewer } from '../domain/viewer.ts';
import type { ServiceContext } from '../domain/context.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Authenticator } from '../domain/api-tokens/authenticate.ts';
import type { OutboundPolicy } from '../net/index.ts';

/** What the API needs of IdP access-token validation (R15); the sign-in service provides it (src/http/app.ts). */
export type IdpTokenCheck = (jwt: string) => Promise<
  { ok: true; viewer: Viewer } | { ok: false; code: string; message: string; status: number; traceId: string; signInCode?: string }
>;

export interface GraphQLContext {
  db: Db;
  secrets: SecretBox;
  auth: Authenticator;
  /** null when the request carried no valid token. */
  viewer: Viewer | null;
  /** The URL users and IdPs reach the service at (SP URLs derive from it). */
  publicUrl: string;
  /** The guarded client's policy for server-side fetches of IdP URLs (Config.allowPrivateNetworks, metrics). */
  outbound: OutboundPolicy;
  /** Whether support bundles mask personal values (Config.supportBundleRedaction). */
  supportBundleRedaction: 'personal' | 'none';
  /** Counts a readiness run and its findings (metrics; a no-op without them). */
  observeReadiness(trigger: 'readiness' | 'enableSso' | 'dryRun', report: { ready: boolean; findings: readonly { code: string; severity: string }[] }): void;
  /** Per-request query limits enforced by the complexity plugin (from Config.limits). */
  limits: { maxDepth: number; maxCost: number };
}

/** The domain services' view of an authenticated request. */
export function serviceContext(ctx: GraphQLContext): ServiceContext {
  if (!ctx.viewer) throw new Error('serviceContext() called without a viewer; authScopes must guard the field');
  return { db: ctx.db, secrets: ctx.secrets, viewer: ctx.viewer };
}
