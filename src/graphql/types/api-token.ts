import { builder } from '../builder.ts';
import { visibleRows } from '../../domain/viewer.ts';
import { ApiRole } from './enums.ts';

export const ApiToken = builder.prismaNode('ApiToken', {
  description: 'A bearer token for this API. The token itself is shown once, at creation; only its prefix is kept readable.',
  id: { field: 'id' },
  nullable: true, // node(id:) of an invisible object is null, never an error
  findUnique: (id, ctx) => visibleRows(ctx.viewer!, { id }),
  fields: (t) => ({
    name: t.exposeString('name'),
    prefix: t.exposeString('prefix'),
    role: t.expose('role', { type: ApiRole }),
    tenant: t.relation('tenant', { nullable: true }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
