import { applyMigrations, type Migration, type SqlClient } from '@ledger/event-store';

const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'parked effects',
    sql: (s) => `
      CREATE TABLE ${s}.parked_effects (
        id              bigserial PRIMARY KEY,
        subscriber      text        NOT NULL,
        event_id        uuid        NOT NULL,
        event_type      text        NOT NULL,
        event_stream_id text        NOT NULL,
        event_position  bigint      NOT NULL,
        command_key     text        NOT NULL,
        command_id      uuid        NOT NULL,
        command         jsonb       NOT NULL,
        error_code      text,
        error_message   text        NOT NULL,
        attempts        integer     NOT NULL,
        parked_at       timestamptz NOT NULL DEFAULT now(),
        UNIQUE (subscriber, event_id, command_key)
      );`,
  },
];

/** An effect that kept failing: kept with everything needed to understand and replay it. */
export interface ParkedEffect {
  readonly subscriber: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly eventStreamId: string;
  readonly eventPosition: bigint;
  readonly commandKey: string;
  readonly commandId: string;
  readonly command: object;
  readonly errorCode?: string;
  readonly errorMessage: string;
  readonly attempts: number;
  readonly parkedAt?: Date;
}

interface ParkedRow {
  subscriber: string;
  event_id: string;
  event_type: string;
  event_stream_id: string;
  event_position: string;
  command_key: string;
  command_id: string;
  command: object;
  error_code: string | null;
  error_message: string;
  attempts: number;
  parked_at: Date;
}

export const parkedEffects = {
  migrate: (client: SqlClient, schema: string) => applyMigrations(client, schema, 'process-manager', migrations),

  /** Parking the same effect twice (a replay after a crash) keeps the first record. */
  async park(client: SqlClient, schema: string, effect: ParkedEffect): Promise<void> {
    await client.query(
      `INSERT INTO ${schema}.parked_effects
         (subscriber, event_id, event_type, event_stream_id, event_position, command_key, command_id, command,
          error_code, error_message, attempts)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (subscriber, event_id, command_key) DO NOTHING`,
      [
        effect.subscriber,
        effect.eventId,
        effect.eventType,
        effect.eventStreamId,
        effect.eventPosition.toString(),
        effect.commandKey,
        effect.commandId,
        JSON.stringify(effect.command),
        effect.errorCode ?? null,
        effect.errorMessage,
        effect.attempts,
      ],
    );
  },

  async list(client: SqlClient, schema: string, subscriber: string): Promise<ParkedEffect[]> {
    const rows = await client.query<ParkedRow>(
      `SELECT subscriber, event_id::text AS event_id, event_type, event_stream_id, event_position::text AS event_position,
              command_key, command_id::text AS command_id, command, error_code, error_message, attempts, parked_at
       FROM ${schema}.parked_effects WHERE subscriber = $1 ORDER BY id`,
      [subscriber],
    );
    return rows.map((row) => ({
      subscriber: row.subscriber,
      eventId: row.event_id,
      eventType: row.event_type,
      eventStreamId: row.event_stream_id,
      eventPosition: BigInt(row.event_position),
      commandKey: row.command_key,
      commandId: row.command_id,
      command: row.command,
      ...(row.error_code !== null && { errorCode: row.error_code }),
      errorMessage: row.error_message,
      attempts: Number(row.attempts),
      parkedAt: new Date(row.parked_at),
    }));
  },
};
