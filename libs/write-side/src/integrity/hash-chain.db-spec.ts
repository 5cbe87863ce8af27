import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import type { Storage } from '@ledger/event-store';
import { schemaPerTest } from '@ledger/event-store/testing/schema-per-test';
import { executeCommand } from '../execute-command';
import { chainEvents, eventHash, GENESIS_HASH } from './hash-chain';
import { verifyLedger } from './verify-ledger';

/** Published in the README; computed independently with Python's json and hashlib. */
const TEST_VECTOR_HASH = '67e478ac3b04516f9b929de2af19c32668a3acff56aa495007073ed42b7d63e1';

describe('the hashing rule', () => {
  it('matches the published test vector', () => {
    expect(
      eventHash({
        streamId: 'body-lscsb',
        revision: 0n,
        id: '794a922e-4293-5f98-8f5b-4d4bf6364948',
        type: 'BodyEstablished',
        data: { bodyId: 'lscsb', name: 'Leicestershire Safer Communities Strategy Board', shortName: 'LSCSB' },
        metadata: { schemaVersion: 1, source: 'graphql', previousHash: GENESIS_HASH },
      }),
    ).toBe(TEST_VECTOR_HASH);
  });

  it('ignores key order and a hash already in the metadata, and changes with any byte of content', () => {
    const base = {
      streamId: 's',
      revision: 3n,
      id: randomUUID(),
      type: 'T',
      data: { a: 1, b: 'x' },
      metadata: { previousHash: GENESIS_HASH },
    };
    const hash = eventHash(base);
    expect(eventHash({ ...base, data: { b: 'x', a: 1 }, metadata: { ...base.metadata, hash: 'anything' } })).toBe(hash);
    expect(eventHash({ ...base, data: { a: 1, b: 'y' } })).not.toBe(hash);
    expect(eventHash({ ...base, revision: 4n })).not.toBe(hash);
  });

  it("chains a command's several events, each at its own revision after the last", () => {
    const events = ['a', 'b', 'c'].map((id) => ({
      id,
      type: 'T',
      data: { id },
      metadata: { schemaVersion: 1 } as Record<string, unknown>,
    }));
    const chained = chainEvents('s', 5n, 'f'.repeat(64), events);
    let previousHash = 'f'.repeat(64);
    chained.forEach((event, index) => {
      expect(event.metadata).toEqual({ schemaVersion: 1, previousHash, hash: expect.any(String) });
      expect(event.metadata.hash).toBe(
        eventHash({
          streamId: 's',
          revision: 5n + BigInt(index),
          id: event.id,
          type: 'T',
          data: event.data,
          metadata: { schemaVersion: 1, previousHash },
        }),
      );
      previousHash = event.metadata.hash as string;
    });
  });
});

const clerk = { id: 'clerk', role: 'clerk' };
const commands = (bodyId: string): DomainCommand[] => [
  { type: 'EstablishBody', data: { bodyId, name: 'Northshire Safer Communities Board', shortName: 'NSCB' } },
  ...['northshire', 'eastdale', 'fernmoor'].map((organisationId): DomainCommand => ({
    type: 'AdmitMemberOrganisation',
    data: {
      bodyId,
      organisationId,
      organisationName: organisationId,
      inForceFrom: '2023-09-29',
      decision: { meetingId: `${bodyId}-2023-09-29`, itemNumber: '6', part: 'a' },
    },
  })),
];

describe('verifying the ledger', () => {
  const ledgers = schemaPerTest();
  let storage: Storage;
  afterAll(() => ledgers.close());

  beforeEach(async () => {
    storage = await ledgers.open();
    for (const bodyId of ['alpha', 'beta']) {
      for (const command of commands(bodyId)) {
        await executeCommand(storage.eventStore, { command, correlationId: randomUUID(), principal: clerk, source: 'graphql' });
      }
    }
  });
  afterEach(() => storage.close());

  /** Changes the events table behind the store's back, as someone with the database's password could. */
  const tamper = (sql: (events: string) => string) => storage.database.exec(sql(`${storage.schema}.events`));

  it("chains each stream's events and finds every chain whole, with a digest of the stream heads", async () => {
    const stream = await storage.eventStore.readStream('body-alpha');
    expect(stream[0].metadata.previousHash).toBe(GENESIS_HASH);
    expect(stream[1].metadata.previousHash).toBe(stream[0].metadata.hash);
    const report = await verifyLedger(storage.eventStore);
    expect(report).toEqual({ events: 8, streams: 2, position: 8n, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await verifyLedger(storage.eventStore)).digest).toBe(report.digest);
    expect((await verifyLedger(storage.eventStore, { upTo: 4n })).digest).not.toBe(report.digest);
  });

  it('names the stream and revision of an event changed by one byte in the database', async () => {
    await tamper(
      (events) =>
        `UPDATE ${events} SET data = jsonb_set(data, '{organisationName}', '"rutlanc"') WHERE stream_id = 'body-beta' AND revision = 2`,
    );
    expect((await verifyLedger(storage.eventStore)).broken).toEqual({
      streamId: 'body-beta',
      revision: 2n,
      fault: 'changed',
      detail: 'its content does not match its hash',
    });
  });

  it('catches a deleted event', async () => {
    await tamper((events) => `DELETE FROM ${events} WHERE stream_id = 'body-alpha' AND revision = 1`);
    expect((await verifyLedger(storage.eventStore)).broken).toEqual({
      streamId: 'body-alpha',
      revision: 1n,
      fault: 'missing',
      detail: 'revision 1 is missing: the next event found is 2',
    });
  });

  it('catches a revision lower than one before it in the log', async () => {
    // Someone with the database's password can drop the constraint that keeps revisions unique.
    await tamper(
      (events) => `
      ALTER TABLE ${events} DROP CONSTRAINT events_stream_revision_key;
      UPDATE ${events} SET revision = 1 WHERE stream_id = 'body-alpha' AND revision = 2;`,
    );
    expect((await verifyLedger(storage.eventStore)).broken).toEqual({
      streamId: 'body-alpha',
      revision: 1n,
      fault: 'out-of-order',
      detail: 'revision 1 comes after revision 1 in the log',
    });
  });

  it('catches an event whose previousHash alone was changed, though its own hash still fits its content', async () => {
    await tamper(
      (events) =>
        `UPDATE ${events} SET metadata = jsonb_set(metadata, '{previousHash}', to_jsonb(repeat('f', 64))) WHERE stream_id = 'body-beta' AND revision = 1`,
    );
    expect((await verifyLedger(storage.eventStore)).broken).toEqual({
      streamId: 'body-beta',
      revision: 1n,
      fault: 'changed',
      detail: 'its previousHash is not the hash of the event before it',
    });
  });

  it.each(['hash', 'previousHash'])('catches an event whose %s was taken out', async (key) => {
    await tamper((events) => `UPDATE ${events} SET metadata = metadata - '${key}' WHERE stream_id = 'body-beta' AND revision = 1`);
    expect((await verifyLedger(storage.eventStore)).broken).toEqual({
      streamId: 'body-beta',
      revision: 1n,
      fault: 'unhashed',
      detail: 'the event carries no hash',
    });
  });

  it('catches two events swapped in their stream', async () => {
    await tamper(
      (events) => `
      UPDATE ${events} SET revision = 99 WHERE stream_id = 'body-beta' AND revision = 1;
      UPDATE ${events} SET revision = 1 WHERE stream_id = 'body-beta' AND revision = 2;
      UPDATE ${events} SET revision = 2 WHERE stream_id = 'body-beta' AND revision = 99;`,
    );
    expect((await verifyLedger(storage.eventStore)).broken).toMatchObject({ streamId: 'body-beta', revision: 1n });
  });

  it('catches an event whose hash was recomputed to fit a change, at the next link', async () => {
    const [, second] = await storage.eventStore.readStream('body-alpha');
    const data = { ...second.data, organisationName: 'changed' };
    const forged = eventHash({ streamId: 'body-alpha', revision: 1n, id: second.id, type: second.type, data, metadata: second.metadata });
    await storage.database.query(
      `UPDATE ${storage.schema}.events SET data = $1, metadata = jsonb_set(metadata, '{hash}', to_jsonb($2::text)) WHERE stream_id = 'body-alpha' AND revision = 1`,
      [JSON.stringify(data), forged],
    );
    expect((await verifyLedger(storage.eventStore)).broken).toMatchObject({ streamId: 'body-alpha', revision: 2n, fault: 'changed' });
  });
});
