// supportBundle(traceId:) (R13): the redacted JSON document support needs about one
// attempt, and a short-lived link to download it as a file.
import { builder } from '../builder.ts';
import { credentialOf, visibleRows } from '../../domain/viewer.ts';
import { supportBundle } from '../../domain/support/bundle.ts';
import { newDownloadTicket } from '../../domain/support/download-ticket.ts';
import { PRODUCT_VERSION } from '../../version.ts';

interface Bundle { traceId: string; document: unknown; downloadUrl: string; downloadExpiresAt: Date }

const SupportBundle = builder.objectRef<Bundle>('SupportBundle').implement({
  description: 'Everything support needs about one attempt, redacted: never a secret, cookie, token, signature value or key; personal values masked unless the deployment keeps them.',
  fields: (t) => ({
    traceId: t.exposeString('traceId'),
    document: t.field({ type: 'JSON', resolve: (b) => b.document }),
    downloadUrl: t.exposeString('downloadUrl', { description: 'The same document as a file download (no token needed), for a few minutes.' }),
    downloadExpiresAt: t.expose('downloadExpiresAt', { type: 'DateTime' }),
  }),
});

builder.queryField('supportBundle', (t) =>
  t.field({
    type: SupportBundle,
    nullable: true,
    description: 'The support bundle of the attempt with this trace id, if this token may see the attempt.',
    authScopes: { authenticated: true },
    args: { traceId: t.arg.string({ required: true }) },
    resolve: async (_, args, ctx) => {
      const traceId = args.traceId.trim();
      const attempt = await ctx.db.loginAttempt.findFirst({ where: visibleRows(ctx.viewer!, { traceId }) });
      if (!attempt) return null;
      const document = await supportBundle(ctx.db, attempt, { redaction: ctx.supportBundleRedaction, productVersion: PRODUCT_VERSION });
      const { ticket, expiresAt } = newDownloadTicket(ctx.secrets, traceId, credentialOf(ctx.viewer!));
      return { traceId, document, downloadUrl: `${ctx.publicUrl}/support/bundles/${encodeURIComponent(traceId)}?ticket=${encodeURIComponent(ticket)}`, downloadExpiresAt: expiresAt };
    },
  }),
);
