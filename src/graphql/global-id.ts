import { decodeGlobalID } from '@pothos/plugin-relay';
import { notFound } from '../domain/errors.ts';

/**
 * The database id inside a Relay global ID of the expected type. A malformed id, or the
 * id of another type, is reported like any id that matches nothing: NOT_FOUND.
 */
export function localId(globalId: string, typename: string, field: string[]): string {
  try {
    const decoded = decodeGlobalID(globalId);
    if (decoded.typename === typename && decoded.id) return decoded.id;
  } catch {
    // fall through
  }
  return notFound(field, typename);
}
