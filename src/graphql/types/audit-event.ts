import { globalId } from '../global-id.ts';
import { builder } from '../builder.ts';
import { visibleRows } from '../../domain/viewer.ts';

builder.prismaNode('AuditEvent', {
  description: 'One configuration change. before/after are JSON snapshots with secrets shown only as "[set]".',
  id: { field: 'id' },
  nullable: true, // node(id:) of an invisible object is null, never an error
  findUnique: (id, ctx) => visibleRows(ctx.viewer!, { id }),
  fields: (t) => ({
    actor: t.exposeString('actor'),
    action: t.exposeString('action', { description: 'e.g. tenant.create, idpConnection.update, user.import' }),
    targetType: t.exposeString('targetType'),
    targetId: t.string({ description: 'Global ID of the changed object.', resolve: (e) => globalId(e.targetType, e.targetId) }),
    before: t.exposeString('before', { nullable: true }),
    after: t.exposeString('after', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
