// Every configuration change writes one AuditEvent in the same transaction as the
// change itself: if the change rolls back, so does its record.
import type { Tx } from '../../db/client.ts';
import { actorLabel, type Viewer } from '../viewer.ts';

/** Columns whose value is a secret: the audit log only says whether one is set. */
const SECRET_COLUMNS = new Set(['oidcClientSecretEncrypted', 'tokenHash']);

function redact(row: Record<string, unknown> | null | undefined): string | null {
  if (!row) return null;
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    safe[key] = SECRET_COLUMNS.has(key) ? (value ? '[set]' : null) : value;
  }
  return JSON.stringify(safe);
}

export interface AuditEntry {
  tenantId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export function recordAudit(tx: Tx, viewer: Viewer, entry: AuditEntry): Promise<void> {
  return recordAuditBy(tx, actorLabel(viewer), entry);
}

/** For what a signed-in person does themselves (signing out): the actor is that person. */
export async function recordAuditBy(tx: Tx, actor: string, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      tenantId: entry.tenantId,
      actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: redact(entry.before),
      after: redact(entry.after),
    },
  });
}
