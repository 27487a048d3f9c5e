// Relay global IDs, both ways, in one place: Pothos's relay plugin encodes them for
// nodes; these two are for ids that appear as plain values (finding samples, audit targets)
// and for ids arriving in arguments.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
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

/** The global ID of a row of `typename`, as node(id:) accepts it. */
export const globalId = (typename: string, id: string): string => encodeGlobalID(typename, id);
