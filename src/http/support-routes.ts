// GET /support/bundles/:traceId?ticket=… — a support bundle as a file, for the link that
// supportBundle(traceId:) hands out (a browser cannot send the API token of a download
// link). The ticket names the token it was made for; that token must still be live and
// still see the attempt.
import { Hono } from 'hono';
import type { Db } from '../db/client.ts';
import type { SecretBox } from '../security/secret-box.ts';
import { supportBundle } from '../domain/support/bundle.ts';
import { openDownloadTicket } from '../domain/support/download-ticket.ts';
import { visibleRows, type Viewer } from '../domain/viewer.ts';
import { PRODUCT_VERSION } from '../version.ts';

export function supportRoutes(deps: { db: Db; secrets: SecretBox; redaction: 'personal' | 'none' }): Hono {
  const app = new Hono();
  app.get('/support/bundles/:traceId', async (c) => {
    const traceId = c.req.param('traceId');
    const ticket = openDownloadTicket(deps.secrets, c.req.query('ticket') ?? '', traceId);
    const viewer = ticket ? await viewerOfTicket(deps.db, ticket.tokenId) : null;
    if (!viewer) return c.json({ error: 'This download link is invalid or has expired: ask for the support bundle again.' }, 404);
    const attempt = await deps.db.loginAttempt.findFirst({ where: visibleRows(viewer, { traceId }) });
    if (!attempt) return c.json({ error: 'This download link is invalid or has expired: ask for the support bundle again.' }, 404);
    const document = await supportBundle(deps.db, attempt, { redaction: deps.redaction, productVersion: PRODUCT_VERSION });
    c.header('content-disposition', `attachment; filename="support-bundle-${traceId.replace(/[^A-Za-z0-9-]/g, '')}.json"`);
    c.header('cache-control', 'no-store');
    return c.json(document);
  });
  return app;
}

/** The API token the link was made for, still live; or (IdP tokens, R15) the user, still an admin. */
async function viewerOfTicket(db: Db, credential: string): Promise<Viewer | null> {
  if (credential.startsWith('user:')) {
    const user = await db.user.findUnique({ where: { id: credential.slice(5) } });
    if (!user?.isAdmin) return null;
    return { via: 'IDP_TOKEN', role: 'TENANT_ADMIN', name: user.username, tenantId: user.tenantId, connectionId: 'download', userId: user.id, subject: user.id };
  }
  const token = await db.apiToken.findUnique({ where: { id: credential } });
  if (!token || token.revokedAt) return null;
  return token.role === 'OPERATOR' ? { role: 'OPERATOR', tokenId: token.id, name: token.name } : { role: 'TENANT_ADMIN', tokenId: token.id, name: token.name, tenantId: token.tenantId! };
}
