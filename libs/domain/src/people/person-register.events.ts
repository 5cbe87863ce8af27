import type { Message } from '../shared/message';
import type { IsoDate } from '../shared/values';

export type PersonsMerged = Message<
  'PersonsMerged',
  { registerId: string; personId: string; intoPersonId: string; reason: string; decidedOn: IsoDate }
>;

export type PersonSplit = Message<
  'PersonSplit',
  { registerId: string; personId: string; nameForms: string[]; newPersonId: string; reason: string; decidedOn: IsoDate }
>;

export type PersonRegisterEvent = PersonsMerged | PersonSplit;
export type PersonRegisterEventType = PersonRegisterEvent['type'];
