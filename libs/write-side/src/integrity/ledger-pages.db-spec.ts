import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import type { Storage } from '@ledger/event-store';
import { schemaPerTest } from '@ledger/event-store/testing/schema-per-test';
import { leafHash, MerkleLog } from '@ledger/transparency';
import { executeCommand } from '../execute-command';
import { checkTreeHead, LogTree } from './log-tree';
import { chainedHash, verifyLedger } from './verify-ledger';

/**
 * Verification reads the log a page at a time; every ledger in a test is smaller than the default
 * page, so these tests verify in pages of three events and tamper with an event in the last page.
 */
const PAGE = 3;
const clerk = { id: 'clerk', role: 'clerk' };

const commands = (bodyId: string): DomainCommand[] => [
  { type: 'EstablishBody', data: { bodyId, name: `Paged Verification Board ${bodyId}`, shortName: bodyId.toUpperCase() } },
  ...['north', 'south', 'east'].map((organisationId): DomainCommand => ({
    type: 'AdmitMemberOrganisation',
    data: {
      bodyId,
      organisationId,
      organisationName: `${organisationId} council`,
      inForceFrom: '2024-01-10',
      decision: { meetingId: `${bodyId}-2024-01-10`, itemNumber: '3', part: 'a' },
    },
  })),
];

/** Eight events: positions 1-4 in the first body's stream, 5-8 in the second's; pages of three end at 3, 6 and 8. */
const ledgers = schemaPerTest();
afterAll(() => ledgers.close());

async function ledgerOfTwoBodies(bodyIds: [string, string]): Promise<Storage> {
  const storage = await ledgers.open();
  for (const bodyId of bodyIds) {
    for (const command of commands(bodyId)) {
      await executeCommand(storage.eventStore, { command, correlationId: randomUUID(), principal: clerk, source: 'graphql' });
    }
  }
  return storage;
}

describe('verifying a ledger longer than a page', () => {
  let storage: Storage;

  beforeEach(async () => {
    storage = await ledgerOfTwoBodies(['pva', 'pvb']);
  });
  afterEach(() => storage.close());

  it('reads every page, reporting progress at the end of each, to the same digest as one page', async () => {
    const progress: [bigint, number][] = [];
    const paged = await verifyLedger(storage.eventStore, {
      batchSize: PAGE,
      onProgress: (position, events) => progress.push([position, events]),
    });
    expect(progress).toEqual([
      [3n, 3],
      [6n, 6],
      [8n, 8],
    ]);
    expect(paged).toEqual(await verifyLedger(storage.eventStore));
    expect(paged).toMatchObject({ events: 8, streams: 2, position: 8n });
  });

  it('stops at upTo inside a later page', async () => {
    expect(await verifyLedger(storage.eventStore, { batchSize: PAGE, upTo: 5n })).toEqual(
      await verifyLedger(storage.eventStore, { upTo: 5n }),
    );
    expect(await verifyLedger(storage.eventStore, { batchSize: PAGE, upTo: 5n })).toMatchObject({ events: 5, streams: 2, position: 5n });
  });

  it('finds an event changed in the last page', async () => {
    await storage.database.exec(
      `UPDATE ${storage.schema}.events SET data = jsonb_set(data, '{organisationName}', '"south councl"') WHERE stream_id = 'body-pvb' AND revision = 2`,
    );
    expect((await verifyLedger(storage.eventStore, { batchSize: PAGE })).broken).toEqual({
      streamId: 'body-pvb',
      revision: 2n,
      fault: 'changed',
      detail: 'its content does not match its hash',
    });
  });

  it('finds the last event deleted from the last page by the digest of the stream heads', async () => {
    const whole = await verifyLedger(storage.eventStore, { batchSize: PAGE });
    await storage.database.exec(`DELETE FROM ${storage.schema}.events WHERE stream_id = 'body-pvb' AND revision = 3`);
    const report = await verifyLedger(storage.eventStore, { batchSize: PAGE });
    expect(report).toMatchObject({ events: 7, position: 7n });
    expect(report.digest).not.toBe(whole.digest);
  });
});

describe('the Merkle tree over a log longer than a page', () => {
  let storage: Storage;

  beforeEach(async () => {
    storage = await ledgerOfTwoBodies(['mta', 'mtb']);
  });
  afterEach(() => storage.close());

  /** The tree computed directly: a leaf per event of the whole log, in log order. */
  async function expectedRoot(): Promise<string> {
    const tree = new MerkleLog();
    const heads = new Map<string, { hash: string }>();
    for (const event of await storage.eventStore.readAll({ maxCount: 1000 })) {
      const hash = chainedHash(event, heads.get(event.streamId));
      heads.set(event.streamId, { hash });
      tree.append(leafHash(Buffer.from(hash, 'hex')));
    }
    return tree.root(tree.size).toString('hex');
  }

  it('holds every event of every page, in log order', async () => {
    const tree = new LogTree(storage.eventStore, PAGE);
    expect(await tree.catchUp()).toBe(8);
    expect(tree.root().toString('hex')).toBe(await expectedRoot());
    const events = await storage.eventStore.readAll({ maxCount: 1000 });
    expect(events.map((event) => tree.leafOf(event.id)?.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(events.map((event) => tree.leafOf(event.id)?.position)).toEqual(events.map((event) => event.position));
  });

  it('takes in events recorded after a page boundary on the next catch-up', async () => {
    const tree = new LogTree(storage.eventStore, PAGE);
    await tree.catchUp();
    await executeCommand(storage.eventStore, {
      command: {
        type: 'RenameBody',
        data: {
          bodyId: 'mta',
          name: 'Renamed Paged Board',
          shortName: 'RPB',
          inForceFrom: '2024-01-10',
          decision: { meetingId: 'mta-2024-01-10', itemNumber: '4' },
        },
      } as DomainCommand,
      correlationId: randomUUID(),
      principal: clerk,
      source: 'graphql',
    });
    expect(await tree.catchUp()).toBe(9);
    expect(tree.root().toString('hex')).toBe(await expectedRoot());
  });

  it('finds a kept tree head broken by a change in the last page, and whole otherwise', async () => {
    const kept = { treeSize: 8, rootHash: await expectedRoot() };
    await expect(checkTreeHead(storage.eventStore, kept, { batchSize: PAGE })).resolves.toEqual({
      treeSize: 8,
      holds: true,
      detail: "the first 8 events give the kept head's root; the log has grown to 8",
    });
    await storage.database.exec(
      `UPDATE ${storage.schema}.events SET data = jsonb_set(data, '{organisationName}', '"east councl"') WHERE stream_id = 'body-mtb' AND revision = 3`,
    );
    const changed = await checkTreeHead(storage.eventStore, kept, { batchSize: PAGE });
    expect(changed).toMatchObject({ treeSize: 8, holds: false });
    expect(changed.detail).toMatch(
      new RegExp(
        `^the first 8 events give root [0-9a-f]{64}, not the kept head's ${kept.rootHash}: events were changed, removed or reordered$`,
      ),
    );
  });

  it('finds a kept tree head broken by an event removed from the last page', async () => {
    const kept = { treeSize: 8, rootHash: await expectedRoot() };
    await storage.database.exec(`DELETE FROM ${storage.schema}.events WHERE stream_id = 'body-mtb' AND revision = 3`);
    await expect(checkTreeHead(storage.eventStore, kept, { batchSize: PAGE })).resolves.toEqual({
      treeSize: 7,
      holds: false,
      detail: 'the log holds 7 events, fewer than the 8 the kept tree head covers: events were removed',
    });
  });
});
