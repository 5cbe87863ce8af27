import { assertSchemaName, type SqlClient, SqlEventStore } from '@ledger/event-store';
import type { GeneratedEvent } from './generate';

const ROWS_PER_STATEMENT = 2000;

/**
 * Writes generated events straight into the event store's table (the same rows `append_events`
 * writes, positions and revisions included), many per transaction. Each transaction stamps its own
 * id, so position order and transaction-id order agree as they do for real appends.
 */
export class BulkLoader {
  private pending: GeneratedEvent[] = [];
  /** The statement being written while the next rows are generated: one at a time, in order. */
  private writing: Promise<void> = Promise.resolve();
  events = 0;
  head = 0n;

  private constructor(
    private readonly sql: SqlClient,
    private readonly schema: string,
  ) {}

  static async open(sql: SqlClient, kind: 'pglite' | 'postgres', schema: string): Promise<BulkLoader> {
    assertSchemaName(schema);
    // Opening the store applies its migrations (the table, the sequence and the append function).
    const store = await SqlEventStore.open(sql, { kind, schema, closesClient: false });
    await store.close();
    return new BulkLoader(sql, schema);
  }

  async add(events: readonly GeneratedEvent[]): Promise<void> {
    for (const event of events) {
      this.pending.push(event);
      if (this.pending.length >= ROWS_PER_STATEMENT) await this.flush();
    }
  }

  /** Starts writing the pending rows once the previous statement is done, and returns when it is. */
  private async flush(): Promise<void> {
    const rows = this.pending;
    this.pending = [];
    const previous = this.writing;
    this.writing = previous.then(() => this.write(rows));
    // A failure is thrown by the next flush or by finish; marked handled until then.
    this.writing.catch(() => undefined);
    await previous;
  }

  async finish(): Promise<{ events: number; head: bigint }> {
    await this.flush();
    await this.writing;
    await this.sql.query(`SELECT setval('${this.schema}.event_position_seq', $1::bigint)`, [this.head.toString()]);
    // As a log that has been in service a while: rows' commit status recorded (the first read of
    // freshly loaded rows writes it to every page), visibility map set, statistics gathered.
    await this.sql.exec(`VACUUM (ANALYZE) ${this.schema}.events`);
    return { events: this.events, head: this.head };
  }

  private async write(rows: readonly GeneratedEvent[]): Promise<void> {
    if (rows.length === 0) return;
    await this.sql.transaction((tx) =>
      tx.query(
        `INSERT INTO ${this.schema}.events (position, stream_id, revision, event_id, event_type, data, metadata, recorded_at, transaction_id)
         SELECT p, s, r, i, t, d, m, ra, pg_current_xact_id()
         FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[], $8::timestamptz[]) AS u(p, s, r, i, t, d, m, ra)`,
        [
          rows.map((e) => e.position.toString()),
          rows.map((e) => e.streamId),
          rows.map((e) => e.revision.toString()),
          rows.map((e) => e.id),
          rows.map((e) => e.type),
          rows.map((e) => JSON.stringify(e.data)),
          rows.map((e) => JSON.stringify(e.metadata)),
          rows.map((e) => e.recordedAt.toISOString()),
        ],
      ),
    );
    this.events += rows.length;
    this.head = rows[rows.length - 1]!.position;
  }
}
