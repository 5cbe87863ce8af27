/** Who may do what; README "Security model" says it in words. */
export const ROLES = ['public', 'member', 'clerk', 'auditor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The caller of a request, from a verified token, or the public when there is none. */
export interface Caller {
  readonly id: string;
  readonly role: Role;
  /** For a clerk: the bodies they record for; absent means every body. */
  readonly bodies?: readonly string[];
}

export const PUBLIC_CALLER: Caller = { id: 'public', role: 'public' };

/** Members, clerks, auditors and admins see exempt business (Schedule 12A); the public does not. */
export const seesExemptBusiness = (caller: Caller) => caller.role !== 'public';

/** Clerks and admins record; nobody else writes. */
export const mayRecord = (caller: Caller) => caller.role === 'clerk' || caller.role === 'admin';

/** The audit trail (raw events, with everything they hold) is for auditors, admins and the clerks who record. */
export const mayReadAuditTrail = (caller: Caller) => caller.role === 'auditor' || caller.role === 'admin' || caller.role === 'clerk';

/** Whether a caller may record for a body: admins and unrestricted clerks everywhere, others only theirs. */
export const mayRecordFor = (caller: Caller, bodyId: string) =>
  caller.role === 'admin' || (caller.role === 'clerk' && (caller.bodies === undefined || caller.bodies.includes(bodyId)));
