import type { RequestContext } from '../platform/graphql/request-context';

/** Today's date in the ledger's sense (UTC), the default for `inForceAt`. */
export const today = () => new Date().toISOString().slice(0, 10);

export type QueryContext = RequestContext;
