import { commandEntry } from '../commands/command-entry';
import { CompleteActionInput } from './complete-action.input';
import { DropActionInput } from './drop-action.input';
import { NoteActionProgressInput } from './note-action-progress.input';
import { RaiseActionInput } from './raise-action.input';

/** The commands of an action on a body's action log, written to the stream action-<actionId>. Each is a mutation named after it. */
export const ACTION_COMMANDS = [
  commandEntry({ type: 'RaiseAction', input: RaiseActionInput, description: "Put an action on a body's action log." }),
  commandEntry({ type: 'NoteActionProgress', input: NoteActionProgressInput, description: 'Record progress on an open action.' }),
  commandEntry({ type: 'CompleteAction', input: CompleteActionInput, description: 'Record that an open action was completed.' }),
  commandEntry({ type: 'DropAction', input: DropActionInput, description: 'Record that an open action will not be done.' }),
] as const;
