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
  {
    version: 3,
    name: 'appends to several streams in one transaction, each checked on its own',
    sql: (s) => appendGroupFunction(s),
  },
];

/**
 * The appends waiting at one moment, committed in one transaction (one WAL flush, one statement):
 * each is checked against its own stream's head and either written or answered with why not, so an
 * append that fails leaves the others of its group written. Outcomes: 'appended' (with the last
 * revision and position), 'wrong-expected-revision' (with the stream's head), 'revision-race' (another
 * transaction took the revision first) and 'duplicate-event-id'.
 */
function appendGroupFunction(s: string): string {
  return `
      CREATE FUNCTION ${s}.append_event_groups(
        p_streams text[], p_expected bigint[], p_counts integer[],
        p_ids uuid[], p_types text[], p_data jsonb[], p_metadata jsonb[]
      ) RETURNS TABLE (ordinal integer, outcome text, last_revision text, last_position text, head text)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_xid xid8;
        v_offset integer := 0;
        v_head bigint;
        v_count integer;
        v_positions bigint[];
        v_constraint text;
      BEGIN
        IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
          RAISE EXCEPTION 'append_event_groups must run in a transaction of its own';
        END IF;
        -- As in append_events: positions are taken under the lock with the transaction id, so that
        -- position order and transaction order agree. The lock is released however the loop ends.
        PERFORM pg_advisory_lock(hashtext('${s}.event_position_seq'));
        BEGIN
          v_xid := pg_current_xact_id();
          FOR g IN 1 .. cardinality(p_streams) LOOP
            v_count := p_counts[g];
            ordinal := g;
            last_revision := NULL;
            last_position := NULL;
            head := NULL;
            SELECT max(revision) INTO v_head FROM ${s}.events WHERE stream_id = p_streams[g];
            IF (p_expected[g] = -2 AND v_head IS NOT NULL)
               OR (p_expected[g] = -3 AND v_head IS NULL)
               OR (p_expected[g] >= 0 AND v_head IS DISTINCT FROM p_expected[g]) THEN
              outcome := 'wrong-expected-revision';
              head := v_head::text;
            ELSE
              BEGIN
                SELECT array_agg(nextval('${s}.event_position_seq') ORDER BY x)
                  INTO v_positions FROM generate_series(1, v_count) AS x;
                INSERT INTO ${s}.events
                  (position, stream_id, revision, event_id, event_type, data, metadata, transaction_id)
                SELECT v_positions[i], p_streams[g], coalesce(v_head, -1) + i,
                       p_ids[v_offset + i], p_types[v_offset + i], p_data[v_offset + i], p_metadata[v_offset + i], v_xid
                FROM generate_series(1, v_count) AS i;
                outcome := 'appended';
                last_revision := (coalesce(v_head, -1) + v_count)::text;
                last_position := v_positions[v_count]::text;
              EXCEPTION WHEN unique_violation THEN
                GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
                outcome := CASE WHEN v_constraint = 'events_stream_revision_key' THEN 'revision-race' ELSE 'duplicate-event-id' END;
              END;
            END IF;
            RETURN NEXT;
            v_offset := v_offset + v_count;
          END LOOP;
        EXCEPTION WHEN OTHERS THEN
          PERFORM pg_advisory_unlock(hashtext('${s}.event_position_seq'));
          RAISE;
        END;
        PERFORM pg_advisory_unlock(hashtext('${s}.event_position_seq'));
        RETURN;
      END
      $fn$;
  `;
}

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
