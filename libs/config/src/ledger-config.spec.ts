import { ConfigurationError, loadLedgerConfig, redactConnectionString } from './ledger-config';

describe('ledger configuration', () => {
  it('runs on the embedded store in ./.data with nothing configured', () => {
    const config = loadLedgerConfig({});
    expect(config.store).toEqual({ kind: 'pglite', dataDir: expect.stringMatching(/\.data\/pglite$/), schema: 'ledger' });
    expect(config.http).toEqual({ port: 3000, host: '127.0.0.1' });
  });

  it('reads a PostgreSQL server from DATABASE_URL', () => {
    const config = loadLedgerConfig({ STORE: 'postgres', DATABASE_URL: ' postgres://root@db:5432/ledger ', PORT: '8080' });
    expect(config.store).toEqual({ kind: 'postgres', connectionString: 'postgres://root@db:5432/ledger', schema: 'ledger' });
    expect(config.http.port).toBe(8080);
  });

  it('reads EventStoreDB from EVENTSTORE_CONNECTION_STRING', () => {
    const config = loadLedgerConfig({ STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' });
    expect(config.store).toEqual({ kind: 'eventstoredb', connectionString: 'esdb://localhost:2113?tls=false' });
  });

  it('takes only the connection strings the EventStoreDB client reads', () => {
    expect(() => loadLedgerConfig({ STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb+discover://cluster:2113' })).not.toThrow();
    expect(() => loadLedgerConfig({ STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'kurrentdb://localhost:2113?tls=false' })).toThrow(
      /EVENTSTORE_CONNECTION_STRING must be an esdb:\/\/ or esdb\+discover:\/\//,
    );
  });

  it("keeps the read models in the event log's own database, or beside EventStoreDB", () => {
    const onPostgres = loadLedgerConfig({ STORE: 'postgres', DATABASE_URL: 'postgres://db/ledger' });
    expect(onPostgres.database).toEqual(onPostgres.store);
    const embedded = loadLedgerConfig({});
    expect(embedded.database).toEqual(embedded.store);
    const esdb = { STORE: 'eventstoredb', EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' };
    expect(loadLedgerConfig(esdb).database).toMatchObject({ kind: 'pglite' });
    expect(loadLedgerConfig({ ...esdb, DATABASE_URL: 'postgres://db/ledger' }).database).toEqual({
      kind: 'postgres',
      connectionString: 'postgres://db/ledger',
      schema: 'ledger',
    });
  });

  it('names every problem at once', () => {
    const attempt = () => loadLedgerConfig({ STORE: 'postgres', PORT: 'eighty', LOG_FORMAT: 'xml' });
    expect(attempt).toThrow(ConfigurationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigurationError).problems).toEqual(
        expect.arrayContaining([
          expect.stringContaining('DATABASE_URL'),
          expect.stringContaining('PORT'),
          expect.stringContaining('LOG_FORMAT'),
        ]),
      );
    }
  });

  it('lets the read models lag by up to 1000 events before the API reports itself unready, unless told otherwise', () => {
    expect(loadLedgerConfig({}).readiness).toEqual({ maxLagEvents: 1000 });
    expect(loadLedgerConfig({ READY_MAX_LAG_EVENTS: '0' }).readiness).toEqual({ maxLagEvents: 0 });
    expect(loadLedgerConfig({ READY_MAX_LAG_EVENTS: ' 25000 ' }).readiness).toEqual({ maxLagEvents: 25000 });
    expect(loadLedgerConfig({ READY_MAX_LAG_EVENTS: '' }).readiness).toEqual({ maxLagEvents: 1000 });
    for (const bad of ['-1', '1.5', 'lots', '1e400']) {
      expect(() => loadLedgerConfig({ READY_MAX_LAG_EVENTS: bad })).toThrow(
        /READY_MAX_LAG_EVENTS must be a whole number of events, 0 or more/,
      );
    }
  });

  it('catches the read models up with a backlog in batches of 5000 events, unless told otherwise', () => {
    expect(loadLedgerConfig({}).projection).toEqual({ catchUpBatch: 5000, autoRebuildMaxEvents: 100_000 });
    expect(loadLedgerConfig({ PROJECTION_CATCH_UP_BATCH: '500' }).projection).toEqual({ catchUpBatch: 500, autoRebuildMaxEvents: 100_000 });
    for (const bad of ['0', '10001', '2.5', 'many']) {
      expect(() => loadLedgerConfig({ PROJECTION_CATCH_UP_BATCH: bad })).toThrow(
        /PROJECTION_CATCH_UP_BATCH must be a whole number of events from 1 to 10000/,
      );
    }
  });

  it('rebuilds read models of an older shape at start up to 100000 events, unless told otherwise', () => {
    expect(loadLedgerConfig({ READ_MODEL_AUTO_REBUILD_MAX_EVENTS: '0' }).projection.autoRebuildMaxEvents).toBe(0);
    expect(loadLedgerConfig({ READ_MODEL_AUTO_REBUILD_MAX_EVENTS: '5000000' }).projection.autoRebuildMaxEvents).toBe(5_000_000);
    for (const bad of ['-1', '2.5', 'all']) {
      expect(() => loadLedgerConfig({ READ_MODEL_AUTO_REBUILD_MAX_EVENTS: bad })).toThrow(
        /READ_MODEL_AUTO_REBUILD_MAX_EVENTS must be a whole number of events, 0 or more/,
      );
    }
  });

  it('refuses an unknown store', () => {
    expect(() => loadLedgerConfig({ STORE: 'mongodb' })).toThrow(/STORE must be one of pglite, postgres, eventstoredb/);
  });

  it('keeps passwords out of log lines', () => {
    expect(redactConnectionString('postgres://ledger:s3cret@db:5432/ledger')).toBe('postgres://ledger:***@db:5432/ledger');
  });
});
