// Page sizes and query cost of connections, in one place.
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

export const pageOptions = { defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE } as const;

/** A connection costs 1, plus its selection times the number of rows asked for. */
export function pageComplexity(args: { first?: number | null; last?: number | null }) {
  return { field: 1, multiplier: Math.min(MAX_PAGE_SIZE, Math.max(1, args.first ?? args.last ?? DEFAULT_PAGE_SIZE)) };
}
