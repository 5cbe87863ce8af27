import { eventStoreContract } from '../testing/event-store.contract';
import { announceSkip } from '../testing/test-backends';
import type { EventStore } from '../event-store.port';
import { openEventStore } from '../open-event-store';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

/**
 * Runs against the EventStoreDB server EVENTSTORE_CONNECTION_STRING names; skips, saying so, when none is
 * named. When REQUIRE_EVENTSTOREDB is set (as in CI, where a server runs beside the tests), no server
 * named is a failure instead, and so is one named that does not answer.
 */
if (!connectionString) {
  if (process.env.REQUIRE_EVENTSTOREDB) {
    it('EventStoreDB event store: a server is required here (REQUIRE_EVENTSTOREDB is set)', () => {
      throw new Error(
        'REQUIRE_EVENTSTOREDB is set but EVENTSTORE_CONNECTION_STRING is not: the EventStoreDB tests must run here. ' +
          "Start a server (docker compose up eventstoredb) and set EVENTSTORE_CONNECTION_STRING='esdb://127.0.0.1:2113?tls=false'.",
      );
    });
  } else {
    announceSkip(
      'EventStoreDB',
      'EVENTSTORE_CONNECTION_STRING is not set (no EventStoreDB server here; docker compose and the GitHub workflow provide one; REQUIRE_EVENTSTOREDB=1 makes this a failure)',
    );
    it.skip('EventStoreDB event store (set EVENTSTORE_CONNECTION_STRING to run)', () => undefined);
  }
} else {
  // A server named but not answering fails every test with this message, not with each test's own timeout.
  beforeAll(async () => {
    let store: EventStore | undefined;
    let timer: NodeJS.Timeout | undefined;
    const probe = async () => {
      store = await openEventStore({ kind: 'eventstoredb', connectionString });
      await store.headPosition();
    };
    try {
      await Promise.race([
        probe(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no answer within 15 s')), 15_000);
        }),
      ]);
    } catch (error) {
      throw new Error(
        `the EventStoreDB server at ${connectionString} is not reachable: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
      await store?.close().catch(() => undefined);
    }
  }, 20_000);

  eventStoreContract({
    name: 'EventStoreDB',
    open: () => openEventStore({ kind: 'eventstoredb', connectionString }),
    lateCommitImpossibleBecause: 'EventStoreDB writes its log through a single writer, so appends commit in order',
  });
}
