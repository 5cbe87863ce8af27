import { Client, Pool, type PoolConfig } from 'pg';
import type { HeldLock, SqlClient, SqlExecutor } from './sql-client';

/** A PostgreSQL server through node-postgres: a pool for queries, one dedicated connection for LISTEN. */
export class PgSqlClient implements SqlClient {
  private readonly pool: Pool;
  private listener?: Client;
  private readonly channels = new Map<string, Set<() => void>>();
  private readonly locks = new Set<Client>();

  constructor(private readonly config: PoolConfig) {
    this.pool = new Pool(config);
    // An idle client's error (the server restarted, say) must not crash the process; the next
    // query reports it instead.
    this.pool.on('error', () => undefined);
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.pool.query(sql, params as unknown[]);
    return result.rows as Row[];
  }

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let failed = false;
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) => (await client.query(sql, params as unknown[])).rows as Row[],
        exec: async (sql: string) => {
          await client.query(sql);
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      failed = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // A connection whose rollback may have failed is not returned to the pool.
      client.release(failed ? true : undefined);
    }
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const listener = await this.listenerClient();
    let callbacks = this.channels.get(channel);
    if (!callbacks) {
      callbacks = new Set();
      this.channels.set(channel, callbacks);
      await listener.query(`LISTEN "${channel}"`);
    }
    callbacks.add(onNotify);
    return async () => {
      callbacks.delete(onNotify);
    };
  }

  async tryLock(name: string, onLost: () => void): Promise<HeldLock | undefined> {
    // A session lock lives as long as its connection, so it gets a connection of its own.
    const session = new Client(this.config);
    let released = false;
    const lost = () => {
      if (!released) {
        released = true;
        this.locks.delete(session);
        onLost();
      }
    };
    session.on('error', lost);
    session.on('end', lost);
    await session.connect();
    const [row] = (await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [name])).rows;
    if (!row.locked) {
      released = true;
      await session.end();
      return undefined;
    }
    this.locks.add(session);
    return {
      release: async () => {
        if (released) return;
        released = true;
        this.locks.delete(session);
        await session.end().catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all(
      [...this.locks].map((session) => {
        session.removeAllListeners('end');
        return session.end().catch(() => undefined);
      }),
    );
    this.locks.clear();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }

  private async listenerClient(): Promise<Client> {
    if (this.listener) return this.listener;
    const client = new Client(this.config);
    // Subscribers also poll, so a lost listener connection delays delivery but loses nothing.
    client.on('error', () => {
      if (this.listener === client) this.listener = undefined;
    });
    client.on('notification', (message) => {
      for (const callback of this.channels.get(message.channel) ?? []) callback();
    });
    await client.connect();
    this.listener = client;
    return client;
  }
}
