import type { EventStore, RecordedEvent } from '@ledger/event-store';

const PAGE = 1000;

export async function readWholeStream(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (let from = 0n; ;) {
    const page = await store.readStream(streamId, { fromRevision: from, maxCount: PAGE });
    events.push(...page);
    if (page.length < PAGE) return events;
    from = page[page.length - 1].revision + 1n;
  }
}
