import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import { AggregateNotFound, PEOPLE_REGISTER, RuleViolated } from '@ledger/domain';
import { type EventStore, openEventStore, WrongExpectedRevisionError } from '@ledger/event-store';
import { CommandIdReusedError } from './command-id-reused.error';
import type { CommandEnvelope } from './command-envelope';
import { eventIdFor } from './deterministic-id';
import { executeCommand } from './execute-command';
import { ForeignMeetingCitedError } from './foreign-meeting-cited.error';
import { OutsideBodyScopeError } from './outside-body-scope.error';

const clerk = { id: 'clerk@northshire.example', role: 'clerk' };

function envelope(command: DomainCommand, extra: Partial<CommandEnvelope> = {}): CommandEnvelope {
  return { command, correlationId: randomUUID(), principal: clerk, source: 'graphql', ...extra };
}

const establish = (bodyId: string): DomainCommand => ({
  type: 'EstablishBody',
  data: { bodyId, name: 'Northshire Safer Communities Board', shortName: 'NSCB' },
});

const admit = (bodyId: string, organisationId: string): DomainCommand => ({
  type: 'AdmitMemberOrganisation',
  data: {
    bodyId,
    organisationId,
    organisationName: organisationId,
    inForceFrom: '2023-09-29',
    decision: { meetingId: `${bodyId}-2023-09-29`, itemNumber: '6', part: 'a' },
  },
});

describe('executing a command', () => {
  let store: EventStore;
  let bodyId: string;

  beforeAll(async () => {
    store = await openEventStore({ kind: 'pglite' });
  });
  afterAll(() => store.close());
  beforeEach(() => {
    bodyId = `northshire-scb-${randomUUID().slice(0, 8)}`;
  });

  it('appends the decided events with ids derived from the command id and the ledger metadata', async () => {
    const commandId = randomUUID();
    const sent = envelope(establish(bodyId), { commandId });
    const result = await executeCommand(store, sent);

    expect(result).toMatchObject({ commandId, streamId: `body-${bodyId}`, revision: 0n, alreadyRecorded: false });
    expect(result.events).toEqual([{ id: eventIdFor(commandId, 0), type: 'BodyEstablished' }]);
    const [recorded] = await store.readStream(`body-${bodyId}`);
    expect(recorded.position).toBe(result.position);
    expect(recorded.metadata).toEqual({
      schemaVersion: 1,
      commandId,
      commandType: 'EstablishBody',
      commandDigest: expect.stringMatching(/^[0-9a-f]{64}$/),
      correlationId: sent.correlationId,
      causationId: commandId,
      recordedBy: clerk,
      source: 'graphql',
      previousHash: '0'.repeat(64),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('answers a retry with the first result and writes nothing new', async () => {
    const commandId = randomUUID();
    const first = await executeCommand(store, envelope(establish(bodyId), { commandId }));
    const retry = await executeCommand(store, envelope(establish(bodyId), { commandId }));

    expect(retry).toEqual({ ...first, alreadyRecorded: true });
    expect(await store.readStream(`body-${bodyId}`)).toHaveLength(1);
  });

  it('refuses a different command sent under a used command id, in the same stream or another', async () => {
    const commandId = randomUUID();
    await executeCommand(store, envelope(establish(bodyId), { commandId }));
    await expect(executeCommand(store, envelope(admit(bodyId, 'eastdale'), { commandId }))).rejects.toThrow(CommandIdReusedError);
    await expect(executeCommand(store, envelope(establish(`${bodyId}-other`), { commandId }))).rejects.toThrow(CommandIdReusedError);
    expect(await store.readStream(`body-${bodyId}`)).toHaveLength(1);
    expect(await store.readStream(`body-${bodyId}-other`)).toEqual([]);
  });

  it("refuses a change for one body citing another body's meeting as its decision, writing nothing", async () => {
    const other = `${bodyId}-other`;
    await executeCommand(store, envelope(establish(bodyId)));
    await executeCommand(store, envelope(establish(other)));
    await executeCommand(
      store,
      envelope({ type: 'ScheduleMeeting', data: { meetingId: `${other}-2023-09-29`, bodyId: other, heldOn: '2023-09-29' } }),
    );
    const citingOther: DomainCommand = {
      ...admit(bodyId, 'eastdale'),
      data: { ...admit(bodyId, 'eastdale').data, decision: { meetingId: `${other}-2023-09-29`, itemNumber: '6' } },
    } as DomainCommand;
    await expect(executeCommand(store, envelope(citingOther))).rejects.toThrow(ForeignMeetingCitedError);
    // Its own meeting, by the id that begins with its own, is cited freely.
    await expect(executeCommand(store, envelope(admit(bodyId, 'eastdale')))).resolves.toMatchObject({
      events: [{ type: 'MemberOrganisationAdmitted' }],
    });
  });

  it('writes nothing when the decider refuses', async () => {
    await executeCommand(store, envelope(establish(bodyId)));
    await executeCommand(store, envelope(admit(bodyId, 'eastdale')));
    await expect(executeCommand(store, envelope(admit(bodyId, 'eastdale')))).rejects.toThrow(RuleViolated);
    expect(await store.readStream(`body-${bodyId}`)).toHaveLength(2);
  });

  it('refuses a command on an aggregate that does not exist', async () => {
    await expect(executeCommand(store, envelope(admit(bodyId, 'eastdale')))).rejects.toThrow(AggregateNotFound);
  });

  it('refuses a stale expected revision without retrying, naming the actual revision', async () => {
    await executeCommand(store, envelope(establish(bodyId)));
    await executeCommand(store, envelope(admit(bodyId, 'eastdale')));
    const attempt = executeCommand(store, envelope(admit(bodyId, 'fernmoor'), { expectedRevision: 0n }));
    await expect(attempt).rejects.toThrow(WrongExpectedRevisionError);
    await expect(attempt).rejects.toMatchObject({ expected: 0n, actual: 1n });
    expect(await store.readStream(`body-${bodyId}`)).toHaveLength(2);
  });

  it('re-decides after losing a race when no expected revision was given, losing no update', async () => {
    await executeCommand(store, envelope(establish(bodyId)));
    // Each round of the race has a winner, so with fewer racers than attempts every one gets in.
    const organisations = Array.from({ length: 8 }, (_, i) => `council-${i}`);
    const results = await Promise.all(organisations.map((o) => executeCommand(store, envelope(admit(bodyId, o)))));

    const recorded = await store.readStream(`body-${bodyId}`);
    expect(recorded).toHaveLength(1 + organisations.length);
    expect(new Set(results.map((r) => r.revision))).toEqual(new Set(recorded.slice(1).map((e) => e.revision)));
  });

  it('records at the expected revision when it is the head', async () => {
    await executeCommand(store, envelope(establish(bodyId)));
    await expect(executeCommand(store, envelope(admit(bodyId, 'eastdale'), { expectedRevision: 0n }))).resolves.toMatchObject({
      revision: 1n,
    });
  });

  /** The store, with its appends answered by a conflict the first `times` times (a writer that got in first). */
  function conflicting(times: number): EventStore & { appends: number } {
    const wrapped = Object.create(store) as EventStore & { appends: number };
    wrapped.appends = 0;
    wrapped.appendToStream = (streamId, events, expected) => {
      wrapped.appends += 1;
      if (wrapped.appends <= times) return Promise.reject(new WrongExpectedRevisionError(streamId, expected ?? 'any', undefined));
      return store.appendToStream(streamId, events, expected);
    };
    return wrapped;
  }

  it('tries again after a conflict when no revision was expected, and not when one was', async () => {
    await executeCommand(store, envelope(establish(bodyId)));
    const retrying = conflicting(1);
    await expect(executeCommand(retrying, envelope(admit(bodyId, 'eastdale')))).resolves.toMatchObject({ revision: 1n });
    expect(retrying.appends).toBe(2);
    const expecting = conflicting(1);
    await expect(executeCommand(expecting, envelope(admit(bodyId, 'fernmoor'), { expectedRevision: 1n }))).rejects.toThrow(
      WrongExpectedRevisionError,
    );
    expect(expecting.appends).toBe(1);
  });

  it('gives up after its attempts when the conflicts go on', async () => {
    await executeCommand(store, envelope(establish(bodyId)));
    const busy = conflicting(Number.POSITIVE_INFINITY);
    await expect(executeCommand(busy, envelope(admit(bodyId, 'eastdale')), { maxAttempts: 3 })).rejects.toThrow(WrongExpectedRevisionError);
    expect(busy.appends).toBe(3);
  });

  it("refuses a clerk of some bodies another body's business, and who is who, writing nothing", async () => {
    await executeCommand(store, envelope(establish(bodyId)));
    const scoped = { bodyScope: ['elsewhere'] };
    await expect(executeCommand(store, envelope(admit(bodyId, 'eastdale'), scoped))).rejects.toThrow(
      new OutsideBodyScopeError(clerk.id, bodyId),
    );
    await expect(executeCommand(store, envelope(admit(bodyId, 'eastdale'), { bodyScope: [bodyId] }))).resolves.toMatchObject({
      revision: 1n,
    });
    const merge: DomainCommand = {
      type: 'MergePersons',
      data: { registerId: PEOPLE_REGISTER, personId: 'a.b', intoPersonId: 'a.bc', reason: 'One person', decidedOn: '2024-05-02' },
    };
    await expect(executeCommand(store, envelope(merge, { bodyScope: [bodyId] }))).rejects.toThrow(
      'clerk@northshire.example records for some bodies only, and who is who is decided for every body',
    );
    expect(await store.readStream('people-register')).toEqual([]);
  });
});
