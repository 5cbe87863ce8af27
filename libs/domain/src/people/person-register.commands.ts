import type { Message } from '../shared/message';
import type { IsoDate } from '../shared/values';

/**
 * A clerk's decisions about who is who. The ledger matches the names the minutes print by surname
 * and initials; these commands correct the matching where it is wrong, and are recorded like any
 * other decision so that the history of an identity can be audited.
 */
export type MergePersons = Message<
  'MergePersons',
  { registerId: string; personId: string; intoPersonId: string; reason: string; decidedOn: IsoDate }
>;

/** The name forms named (exactly as printed) belong to someone else: they become a person of their own. */
export type SplitPerson = Message<
  'SplitPerson',
  { registerId: string; personId: string; nameForms: string[]; reason: string; decidedOn: IsoDate }
>;

export type PersonRegisterCommand = MergePersons | SplitPerson;
export type PersonRegisterCommandType = PersonRegisterCommand['type'];
