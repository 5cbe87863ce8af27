import { PEOPLE_REGISTER } from '@ledger/domain';
import { commandEntry } from '../commands/command-entry';
import { MergePersonsInput } from './merge-persons.input';
import { SplitPersonInput } from './split-person.input';

/** The clerk's decisions about who is who, written to the register of people (stream people-register). */
export const PEOPLE_COMMANDS = [
  commandEntry({
    type: 'MergePersons',
    input: MergePersonsInput,
    description: 'Record that two people the ledger holds apart are one person (a clerk who records for every body, or an admin).',
    toData: (input) => ({ registerId: PEOPLE_REGISTER, ...input }),
  }),
  commandEntry({
    type: 'SplitPerson',
    input: SplitPersonInput,
    description: 'Record that forms of a name matched to one person belong to someone else, who becomes a person of their own.',
    toData: (input) => ({ registerId: PEOPLE_REGISTER, ...input }),
  }),
] as const;
