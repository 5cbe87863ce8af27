import { eventStoreContract } from '../testing/event-store.contract';
import { announceSkip } from '../testing/test-backends';
import { openEventStore } from '../open-event-store';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (!connectionString) {
  announceSkip('EventStoreDB', 'EVENTSTORE_CONNECTION_STRING is not set (no EventStoreDB server here; docker compose and the GitHub workflow provide one)');
  it.skip('EventStoreDB event store (set EVENTSTORE_CONNECTION_STRING to run)', () => undefined);
} else {
  eventStoreContract({
    name: 'EventStoreDB',
    open: () => openEventStore({ kind: 'eventstoredb', connectionString }),
    lateCommitImpossibleBecause: 'EventStoreDB writes its log through a single writer, so appends commit in order',
  });
}
