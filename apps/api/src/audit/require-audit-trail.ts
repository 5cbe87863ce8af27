import { mayReadAuditTrail } from '@ledger/auth';
import { forbidden } from '../platform/auth/caller-of';
import type { RequestContext } from '../platform/graphql/request-context';

/** Raw events hold exempt business too: only auditors, admins and clerks read them. */
export function requireAuditTrail({ caller }: RequestContext): void {
  if (!mayReadAuditTrail(caller)) throw forbidden('The audit trail is for auditors, clerks and admins: send their token');
}
