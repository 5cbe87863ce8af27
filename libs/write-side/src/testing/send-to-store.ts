import type { EventStore } from '@ledger/event-store';
import type { CommandSender } from '../command-envelope';
import { executeCommand } from '../execute-command';

/** For the libraries' own specs: commands straight to the store, where an application would send them down its command bus. */
export const sendToStore =
  (store: EventStore): CommandSender =>
  (envelope) =>
    executeCommand(store, envelope);
