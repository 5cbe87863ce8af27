import { randomUUID } from 'node:crypto';
import type { DomainCommand } from '@ledger/domain';
import { type EventStore, LogConsumer, openStorage, sqlCheckpoints, type Storage, StoreUnavailableError } from '@ledger/event-store';
import type { CommandEnvelope } from '../command-envelope';
import { executeCommand } from '../execute-command';
import { sendToStore } from '../testing/send-to-store';
import { EffectsProcessManager, PROCESS_MANAGER_PRINCIPAL } from './effects-process-manager';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const clerk = { id: 'clerk', role: 'clerk' };

function meetingWithResolution(bodyId: string, effects: object[]): DomainCommand[] {
  const meetingId = `${bodyId}-2023-09-29`;
  return [
    { type: 'EstablishBody', data: { bodyId, name: 'Northshire Safer Communities Board', shortName: 'NSCB' } },
    {
      type: 'ScheduleMeeting',
      data: {
        meetingId,
        bodyId,
        startsAt: '2023-09-29T10:00:00+01:00',
        location: { kind: 'online', platform: 'Microsoft Teams' },
        contactOfficer: { name: 'Imogen Fairweather' },
      },
    },
    { type: 'AddAgendaItem', data: { meetingId, item: { number: '6', title: 'Eastdale District Council membership', kind: 'report' } } },
    {
      type: 'PassResolution',
      data: {
        meetingId,
        itemNumber: '6',
        recordedAt: '2023-10-02T09:00:00+01:00',
        parts: [{ label: 'a', kind: 'approved', text: "That Eastdale District Council's membership be approved", effects }],
      },
    },
  ] as DomainCommand[];
}

const admitEastdale = { kind: 'admit-member-organisation', organisationId: 'eastdale', organisationName: 'Eastdale District Council' };

async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('effects process manager', () => {
  let storage: Storage;
  const managers: EffectsProcessManager[] = [];

  const startManager = async (options: Partial<ConstructorParameters<typeof EffectsProcessManager>[0]> = {}) => {
    const manager = new EffectsProcessManager({
      log: new LogConsumer({ store: storage.eventStore }),
      send: sendToStore(storage.eventStore),
      database: storage.database,
      schema: storage.schema,
      logger: quiet,
      retryDelayMs: 1,
      ...options,
    });
    managers.push(manager);
    await manager.start();
    return manager;
  };

  const record = async (commands: DomainCommand[]) => {
    let last;
    for (const command of commands) {
      const envelope: CommandEnvelope = { command, correlationId: randomUUID(), principal: clerk, source: 'graphql' };
      last = await executeCommand(storage.eventStore, envelope);
    }
    return last!;
  };

  beforeAll(async () => {
    storage = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
  });
  afterEach(async () => {
    await Promise.all(managers.splice(0).map((m) => m.stop()));
  });
  afterAll(() => storage.close());

  it("carries out a resolution's effect on the body, naming the resolution event as its cause", async () => {
    const bodyId = `b${randomUUID().slice(0, 8)}`;
    const passed = await record(meetingWithResolution(bodyId, [admitEastdale]));
    const manager = await startManager({ name: `pm-${bodyId}` });
    await waitFor(() => (manager.checkpoint ?? 0n) >= passed.position!, 'the manager has passed the resolution');

    const body = await storage.eventStore.readStream(`body-${bodyId}`);
    const admitted = body.find((e) => e.type === 'MemberOrganisationAdmitted')!;
    expect(admitted.data).toMatchObject({
      organisationId: 'eastdale',
      inForceFrom: '2023-09-29',
      decision: { meetingId: `${bodyId}-2023-09-29`, itemNumber: '6', part: 'a' },
    });
    expect(admitted.metadata).toMatchObject({
      causationId: passed.events[0].id,
      source: 'process-manager',
      recordedBy: PROCESS_MANAGER_PRINCIPAL,
    });
  });

  it('applies nothing twice when the log is replayed from the start', async () => {
    const bodyId = `b${randomUUID().slice(0, 8)}`;
    const passed = await record(meetingWithResolution(bodyId, [admitEastdale]));
    const name = `pm-${bodyId}`;
    const first = await startManager({ name });
    await waitFor(() => (first.checkpoint ?? 0n) >= passed.position!, 'the first run has passed the resolution');
    await first.stop();
    const afterFirst = await storage.eventStore.readStream(`body-${bodyId}`);

    // A second manager of another name starts from the beginning, as after a lost checkpoint.
    const replay = await startManager({ name: `${name}-replay` });
    await waitFor(() => (replay.checkpoint ?? 0n) >= passed.position!, 'the replay has passed the resolution');
    expect(await storage.eventStore.readStream(`body-${bodyId}`)).toEqual(afterFirst);
  });

  it('counts events, not positions, before saving an idle checkpoint (positions may be byte offsets)', async () => {
    const own = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    try {
      // A store whose positions are far apart, as EventStoreDB's byte offsets are.
      const SPREAD = 100_000n;
      const store = own.eventStore;
      const spread: EventStore = Object.assign(Object.create(store) as EventStore, {
        subscribeToAll: (handler: Parameters<EventStore['subscribeToAll']>[0], options: Parameters<EventStore['subscribeToAll']>[1] = {}) =>
          store.subscribeToAll(
            {
              ...handler,
              onEvents: (events) => handler.onEvents(events.map((event) => ({ ...event, position: event.position * SPREAD }))),
              onCaughtUp: (position) => handler.onCaughtUp?.(position === undefined ? undefined : position * SPREAD),
            },
            { ...options, ...(options.after !== undefined && { after: options.after / SPREAD }) },
          ),
      });
      let last;
      for (const command of meetingWithResolution('idle-board', [])) {
        last = await executeCommand(store, { command, correlationId: randomUUID(), principal: clerk, source: 'graphql' });
      }
      const manager = new EffectsProcessManager({
        log: new LogConsumer({ store: spread }),
        send: sendToStore(store),
        database: own.database,
        schema: own.schema,
        logger: quiet,
        idleCheckpointEveryMs: 60_000,
      });
      await manager.start();
      try {
        await waitFor(() => (manager.checkpoint ?? 0n) >= last!.position! * SPREAD, 'the manager has read every event');
        // Four events that ask for nothing, positions 100,000 apart: far fewer than a thousand events, so nothing is saved yet.
        expect(await sqlCheckpoints.load(own.database, own.schema, manager.name)).toBeUndefined();
      } finally {
        await manager.stop();
      }
    } finally {
      await own.close();
    }
  });

  it('resumes from its durable checkpoint after a restart', async () => {
    const bodyId = `b${randomUUID().slice(0, 8)}`;
    const name = `pm-${bodyId}`;
    const firstPass = await record(meetingWithResolution(bodyId, [admitEastdale]));
    const first = await startManager({ name });
    await waitFor(() => (first.checkpoint ?? 0n) >= firstPass.position!, 'the first run has passed the resolution');
    await first.stop();

    const again = await startManager({ name });
    expect(again.checkpoint).toBe(first.checkpoint);
  });

  /** A resolution whose one part first fulfils a follow-up that does not exist, then admits Eastdale. */
  const resolutionFulfillingAMissingFollowUp = async (bodyId: string) => {
    const fulfilMissing = { kind: 'fulfil-follow-up', followUpId: `missing-${bodyId}` };
    const commands = meetingWithResolution(bodyId, [admitEastdale]);
    const resolution = commands[3] as Extract<DomainCommand, { type: 'PassResolution' }>;
    const parts = [{ ...resolution.data.parts[0], kind: 'noted', effects: [fulfilMissing] }];
    return record([...commands.slice(0, 3), { ...resolution, data: { ...resolution.data, parts } } as DomainCommand]);
  };

  it('parks an effect the domain refuses at once, with its error, instead of dropping it, and goes on', async () => {
    const bodyId = `b${randomUUID().slice(0, 8)}`;
    const passed = await resolutionFulfillingAMissingFollowUp(bodyId);
    const sent: string[] = [];
    const manager = await startManager({
      name: `pm-${bodyId}`,
      maxAttempts: 3,
      send: (envelope) => {
        sent.push(envelope.command.type);
        return executeCommand(storage.eventStore, envelope);
      },
    });
    await waitFor(() => (manager.checkpoint ?? 0n) >= passed.position!, 'the manager has passed the resolution');
    expect(await manager.listParked()).toEqual([
      expect.objectContaining({
        eventId: passed.events[0].id,
        eventType: 'ResolutionPassed',
        commandKey: `${bodyId}-2023-09-29:6:a:1`,
        errorCode: 'AGGREGATE_NOT_FOUND',
        attempts: 1,
        command: expect.objectContaining({ type: 'FulfilFollowUp' }),
      }),
    ]);
    // Asked once, not once per attempt.
    expect(sent.filter((type) => type === 'FulfilFollowUp')).toHaveLength(1);
  });

  it('retries an effect that fails for a reason that may pass, carrying it out when it does, and parks it after its attempts when it does not', async () => {
    const bodyId = `b${randomUUID().slice(0, 8)}`;
    const commands = meetingWithResolution(bodyId, [admitEastdale]);
    const passed = await record(commands);
    const outage = (failures: number) => {
      let attempts = 0;
      return (envelope: CommandEnvelope) => {
        attempts += 1;
        if (attempts <= failures) return Promise.reject(new StoreUnavailableError('the store does not answer'));
        return executeCommand(storage.eventStore, envelope);
      };
    };

    const recovering = await startManager({ name: `pm-${bodyId}-recovers`, maxAttempts: 3, send: outage(2) });
    await waitFor(() => (recovering.checkpoint ?? 0n) >= passed.position!, 'the manager has passed the resolution');
    // A manager of a new name reads the whole shared log: only this resolution's effects are its business here.
    const parkedFor = async (manager: EffectsProcessManager) =>
      (await manager.listParked()).filter((parked) => parked.eventId === passed.events[0].id);
    expect(await parkedFor(recovering)).toEqual([]);
    expect((await storage.eventStore.readStream(`body-${bodyId}`)).map((event) => event.type)).toContain('MemberOrganisationAdmitted');

    const failing = await startManager({ name: `pm-${bodyId}-fails`, maxAttempts: 3, send: outage(Number.POSITIVE_INFINITY) });
    await waitFor(() => (failing.checkpoint ?? 0n) >= passed.position!, 'the second manager has passed the resolution');
    expect(await parkedFor(failing)).toEqual([
      expect.objectContaining({
        eventId: passed.events[0].id,
        errorCode: 'STORE_UNAVAILABLE',
        attempts: 3,
        command: expect.objectContaining({ type: 'AdmitMemberOrganisation' }),
      }),
    ]);
  });
});
