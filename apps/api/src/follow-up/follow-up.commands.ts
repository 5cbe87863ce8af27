import { commandEntry } from '../commands/command-entry';
import { toFollowUpDue } from '../shared/to-follow-up-due';
import { DropFollowUpInput } from './drop-follow-up.input';
import { FulfilFollowUpInput } from './fulfil-follow-up.input';
import { RaiseFollowUpInput } from './raise-follow-up.input';

/** The commands of a follow-up, written to the stream follow-up-<followUpId>. Each is a mutation named after it. */
export const FOLLOW_UP_COMMANDS = [
  commandEntry({
    type: 'RaiseFollowUp',
    input: RaiseFollowUpInput,
    description: "Record something a decision asked to come back (normally raised by the ledger itself from a resolution's effects).",
    toData: (followUp) => ({ ...followUp, due: toFollowUpDue(followUp.due) }),
  }),
  commandEntry({
    type: 'FulfilFollowUp',
    input: FulfilFollowUpInput,
    description: 'Record that an item of a later meeting fulfilled an outstanding follow-up.',
  }),
  commandEntry({ type: 'DropFollowUp', input: DropFollowUpInput, description: 'Record that an outstanding follow-up will not come back.' }),
] as const;
