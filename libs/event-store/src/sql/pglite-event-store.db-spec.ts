import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEventStore } from '../open-event-store';
import { eventStoreContract, newEvent } from '../testing/event-store.contract';

eventStoreContract({
  name: 'PGlite',
  open: () => openEventStore({ kind: 'pglite' }),
  lateCommitImpossibleBecause: 'PGlite has one connection, so transactions run one at a time and commit in order',
});

describe('PGlite event store on disk', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps its events in the data folder across a close and reopen', async () => {
    const first = await openEventStore({ kind: 'pglite', dataDir });
    const event = newEvent('BodyEstablished', { name: 'Northshire Safer Communities Board' });
    const written = await first.appendToStream('body-northshire-scb', [event], 'no_stream');
    await first.close();

    const second = await openEventStore({ kind: 'pglite', dataDir });
    try {
      expect(await second.headPosition()).toBe(written.position);
      const [read] = await second.readStream('body-northshire-scb');
      expect(read.id).toBe(event.id);
      expect(read.data).toEqual(event.data);
    } finally {
      await second.close();
    }
  });
});
