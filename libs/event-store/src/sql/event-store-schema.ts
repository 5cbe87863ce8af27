import { applyMigrations, type Migration } from './migrations';
import type { SqlClient } from './sql-client';

export { assertSchemaName } from './migrations';

// The event log's tables and functions. Applied at start by `SqlEventStore.open`.

export const expectedRevisionCodes = { any: -1, no_stream: -2, stream_exists: -3 } as const;
export const WRONG_EXPECTED_REVISION_SQLSTATE = 'LE409';
export const notificationChannel = (schema: string) => `${schema}_events`;

export const eventStoreMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'events table and append function',
    sql: (s) => `
      CREATE SEQUENCE ${s}.event_position_seq AS bigint;

      CREATE TABLE ${s}.events (
        position       bigint      PRIMARY KEY,
        stream_id      text        NOT NULL,
        revision       bigint      NOT NULL CHECK (revision >= 0),
        event_id       uuid        NOT NULL,
        event_type     text        NOT NULL,
        data           jsonb       NOT NULL,
        metadata       jsonb       NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        transaction_id xid8        NOT NULL,
        CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision),
        CONSTRAINT events_event_id_key UNIQUE (event_id)
      );

      ${appendEventsFunction(s, 'CREATE', { notifyInTransaction: true })}
    `,
  },
  {
    version: 2,
    name: 'append function notifies no more: the store notifies after commit',
    // A NOTIFY inside the append's transaction makes PostgreSQL serialise the commits of concurrent
    // appends through the notification queue's lock, each waiting for a WAL flush of its own (no
    // group commit). `SqlEventStore` sends the notification once the append has committed.
    sql: (s) => appendEventsFunction(s, 'CREATE OR REPLACE', { notifyInTransaction: false }),
  },
];

/** The SQL that creates the append function; migration 1's form notified inside the transaction. */
function appendEventsFunction(s: string, verb: 'CREATE' | 'CREATE OR REPLACE', options: { notifyInTransaction: boolean }): string {
  return `
      -- p_expected: a revision (>= 0), or -1 any, -2 no stream, -3 stream exists.
      ${verb} FUNCTION ${s}.append_events(
        p_stream_id text, p_expected bigint,
        p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[]
      ) RETURNS TABLE (last_revision text, last_position text)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_head bigint;
        v_count integer := cardinality(p_ids);
        v_xid xid8;
        v_positions bigint[];
      BEGIN
        -- Readers rely on position order matching transaction-id order (see below), which holds
        -- only if this transaction takes its id here.
        IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
          RAISE EXCEPTION 'append_events must run in a transaction of its own';
        END IF;

        SELECT max(revision) INTO v_head FROM ${s}.events WHERE stream_id = p_stream_id;
        IF (p_expected = -2 AND v_head IS NOT NULL)
           OR (p_expected = -3 AND v_head IS NULL)
           OR (p_expected >= 0 AND v_head IS DISTINCT FROM p_expected) THEN
          RAISE EXCEPTION USING
            ERRCODE = '${WRONG_EXPECTED_REVISION_SQLSTATE}',
            MESSAGE = 'wrong expected revision',
            DETAIL = coalesce(v_head::text, '');
        END IF;

        -- The gap problem: a transaction holding position 41 may commit after one holding 42, and a
        -- reader that has passed 42 would never see 41. Taking the transaction id and the positions
        -- together under a brief lock makes both orders agree, so a reader that stops at the oldest
        -- transaction still running (pg_snapshot_xmin) never passes an event that commits later.
        -- The lock is held for two function calls, not until commit: appends still commit in parallel.
        PERFORM pg_advisory_lock(hashtext('${s}.event_position_seq'));
        v_xid := pg_current_xact_id();
        SELECT array_agg(nextval('${s}.event_position_seq') ORDER BY g)
          INTO v_positions FROM generate_series(1, v_count) AS g;
        PERFORM pg_advisory_unlock(hashtext('${s}.event_position_seq'));

        INSERT INTO ${s}.events
          (position, stream_id, revision, event_id, event_type, data, metadata, transaction_id)
        SELECT v_positions[i], p_stream_id, coalesce(v_head, -1) + i,
               p_ids[i], p_types[i], p_data[i], p_metadata[i], v_xid
        FROM generate_subscripts(p_ids, 1) AS i;

${options.notifyInTransaction ? `        PERFORM pg_notify('${notificationChannel(s)}', v_positions[v_count]::text);\n` : ''}        RETURN QUERY SELECT (coalesce(v_head, -1) + v_count)::text, v_positions[v_count]::text;
      END
      $fn$;
  `;
}

/** Applies the event log's migrations not yet applied. */
export function migrateEventStore(client: SqlClient, schema: string): Promise<void> {
  return applyMigrations(client, schema, 'event-store', eventStoreMigrations);
}
