import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { loadLedgerConfig } from '@ledger/config';
import { type EventStore, openStorage, type Storage } from '@ledger/event-store';
import { createApi } from '../../create-api';
import { ProjectionService } from '../../read-models/projection.service';

/** The store, with a switch that makes it stop answering, as a network partition would. */
function withOutageSwitch(store: EventStore): { store: EventStore; setDown(down: boolean): void } {
  let down = false;
  const failing = new Set<PropertyKey>(['ping', 'headPosition', 'readAll']);
  const proxy = new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (down && failing.has(property)) return () => Promise.reject(new Error('connection refused'));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store: proxy, setDown: (value) => (down = value) };
}

describe('/health/ready', () => {
  let storage: Storage;
  let app: INestApplication;
  let url: string;
  let outage: ReturnType<typeof withOutageSwitch>;

  beforeAll(async () => {
    const opened = await openStorage({ kind: 'pglite', dataDir: '', schema: 'ledger' }, { kind: 'pglite', schema: 'ledger' });
    outage = withOutageSwitch(opened.eventStore);
    storage = { ...opened, eventStore: outage.store, close: () => opened.close() } as Storage;
    app = await createApi(loadLedgerConfig({ LOG_LEVEL: 'error', READY_MAX_LAG_EVENTS: '2' }), storage);
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
    await storage?.close();
  });

  const ready = async () => {
    const response = await fetch(`${url}/health/ready`);
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  // Written straight to the store: readiness compares the read models with the log, whoever wrote it.
  const establish = async (bodyId: string) => {
    const written = await storage.eventStore.appendToStream(
      `body-${bodyId}`,
      [
        {
          id: randomUUID(),
          type: 'BodyEstablished',
          data: { bodyId, name: `Board ${bodyId}`, shortName: 'B' },
          metadata: { schemaVersion: 1 },
        },
      ],
      'no_stream',
    );
    return written.position;
  };

  it('is ready on an empty log, and when the read models have caught up with writes', async () => {
    expect(await ready()).toEqual({
      status: 200,
      body: {
        status: 'ok',
        store: { kind: 'pglite', status: 'up' },
        readModels: expect.objectContaining({ status: 'up', lagEvents: 0, maxLagEvents: 2 }),
        // For information: the log's processors, each with its own position and failures.
        processors: expect.arrayContaining(
          ['projections', 'effects', 'live'].map((name) => ({ name, state: 'running', position: null, failures: 0 })),
        ),
      },
    });
    const position = await establish('caught-up');
    await app.get(ProjectionService).waitFor(position);
    expect((await ready()).body.readModels).toMatchObject({
      status: 'up',
      lagEvents: 0,
      position: position.toString(),
      headPosition: position.toString(),
      projecting: true,
    });
  });

  it('stays ready within READY_MAX_LAG_EVENTS, then answers 503 naming the read models, and is ready again once they catch up', async () => {
    const projections = app.get(ProjectionService);
    await projections.runner.stop();
    try {
      await establish('behind-1');
      await establish('behind-2');
      expect(await ready()).toMatchObject({ status: 200, body: { readModels: { status: 'up', lagEvents: 2 } } });
      await establish('behind-3');
      expect(await ready()).toEqual({
        status: 503,
        body: {
          status: 'unavailable',
          failed: ['readModels'],
          store: { kind: 'pglite', status: 'up' },
          readModels: expect.objectContaining({
            status: 'lagging',
            lagEvents: 3,
            maxLagEvents: 2,
            reason: 'the read models are 3 events behind the log, more than 2',
          }),
          processors: expect.any(Array),
        },
      });
    } finally {
      await projections.runner.start();
    }
    const head = (await storage.eventStore.headPosition())!;
    expect(await projections.runner.waitFor(head, 10_000)).toBe(true);
    expect(await ready()).toMatchObject({ status: 200, body: { status: 'ok', readModels: { status: 'up', lagEvents: 0 } } });
  });

  it('answers 503 naming the store when it does not answer, and is ready again when it does', async () => {
    outage.setDown(true);
    try {
      expect(await ready()).toEqual({
        status: 503,
        body: {
          status: 'unavailable',
          failed: ['store', 'readModels'],
          store: { kind: 'pglite', status: 'down', reason: 'connection refused' },
          readModels: { status: 'unknown', maxLagEvents: 2, reason: "cannot measure the read models' lag: connection refused" },
          processors: expect.any(Array),
        },
      });
    } finally {
      outage.setDown(false);
    }
    expect((await ready()).status).toBe(200);
  });
});
