import { PGlite } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EmbeddedStoreLock } from './embedded-store-lock';
import type { HeldLock, SqlClient, SqlExecutor } from './sql-client';

/**
 * Embedded PostgreSQL (PGlite, WASM) with its data in a folder on disk, or in memory when no folder
 * is given. PGlite runs one connection; it queues concurrent queries itself.
 */
export class PGliteSqlClient implements SqlClient {
  private constructor(
    private readonly db: PGlite,
    private readonly lock?: EmbeddedStoreLock,
  ) {}

  /** A folder is held by this process until close (see EmbeddedStoreLock); in memory without one. */
  static async open(dataDir?: string): Promise<PGliteSqlClient> {
    if (!dataDir) return new PGliteSqlClient(await PGlite.create());
    await mkdir(dirname(dataDir), { recursive: true });
    const lock = EmbeddedStoreLock.acquire(dataDir);
    try {
      await mkdir(dataDir, { recursive: true });
      return new PGliteSqlClient(await PGlite.create(dataDir), lock);
    } catch (error) {
      lock.releaseSync();
      throw error;
    }
  }

  async query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.db.query<Row>(sql, params as unknown[]);
    return result.rows;
  }

  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <Row>(sql: string, params: readonly unknown[] = []) => (await tx.query<Row>(sql, params as unknown[])).rows,
        exec: async (sql: string) => {
          await tx.exec(sql);
        },
      }),
    );
  }

  async listen(channel: string, onNotify: () => void): Promise<() => Promise<void>> {
    const unlisten = await this.db.listen(channel, () => onNotify());
    return async () => {
      if (!this.db.closed) await unlisten();
    };
  }

  /** PGlite's folder belongs to one process, so its locks need no other session to exclude. */
  async tryLock(): Promise<HeldLock> {
    return { release: async () => undefined };
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
    this.lock?.releaseSync();
  }
}
