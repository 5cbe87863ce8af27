import { applyMigrations, type Migration, type SqlClient } from '@ledger/event-store';
import { restoreDeferredIndexes } from './deferred-indexes';
import { recordReadModelVersions } from './read-model-versions';

/**
 * The read models: one row per aggregate holding its folded state (what the body, meeting,
 * follow-up and action queries read, in force at any date), plus the columns and tables that
 * queries across aggregates filter and search on. All of it is rebuilt from the event log.
 */
const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'governance read models',
    sql: (s) => `
      CREATE TABLE ${s}.projection_checkpoint (
        id             integer PRIMARY KEY CHECK (id = 1),
        position       bigint  NOT NULL,
        events_applied bigint  NOT NULL,
        updated_at     timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE ${s}.bodies (
        body_id    text PRIMARY KEY,
        name       text NOT NULL,
        short_name text NOT NULL,
        state      jsonb NOT NULL
      );

      CREATE TABLE ${s}.meetings (
        meeting_id text PRIMARY KEY,
        body_id    text NOT NULL,
        starts_at  timestamptz NOT NULL,
        held_on    date NOT NULL,
        status     text NOT NULL,
        state      jsonb NOT NULL
      );
      CREATE INDEX meetings_by_body_and_date ON ${s}.meetings (body_id, held_on, meeting_id);

      CREATE TABLE ${s}.decisions (
        meeting_id    text    NOT NULL,
        item_number   text    NOT NULL,
        part          text    NOT NULL,
        item_order    integer NOT NULL,
        part_order    integer NOT NULL,
        body_id       text    NOT NULL,
        held_on       date    NOT NULL,
        item_title    text    NOT NULL,
        decision_kind text    NOT NULL,
        text          text    NOT NULL,
        exempt        boolean NOT NULL,
        search        tsvector GENERATED ALWAYS AS (to_tsvector('english', item_title || ' ' || text)) STORED,
        PRIMARY KEY (meeting_id, item_number, part)
      );
      CREATE INDEX decisions_newest_first ON ${s}.decisions (held_on DESC, meeting_id DESC, item_order, part_order);
      CREATE INDEX decisions_by_body ON ${s}.decisions (body_id, held_on DESC);
      CREATE INDEX decisions_search ON ${s}.decisions USING gin (search);

      CREATE TABLE ${s}.follow_ups (
        follow_up_id text PRIMARY KEY,
        body_id      text NOT NULL,
        status       text NOT NULL,
        raised_on    date NOT NULL,
        state        jsonb NOT NULL
      );
      CREATE INDEX follow_ups_by_body ON ${s}.follow_ups (body_id, status, raised_on);

      CREATE TABLE ${s}.actions (
        action_id text PRIMARY KEY,
        body_id   text NOT NULL,
        status    text NOT NULL,
        raised_on date NOT NULL,
        state     jsonb NOT NULL
      );
      CREATE INDEX actions_by_body ON ${s}.actions (body_id, status, raised_on);
    `,
  },
  {
    version: 2,
    name: 'state documents compressed with lz4 where the server has it',
    // Every batch rewrites the documents it touches whole; pglz, the default, spent a quarter of a
    // rebuild's writing time compressing them (measured at 1M events), lz4 about a tenth.
    sql: (s) => `
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
          ALTER TABLE ${s}.bodies ALTER COLUMN state SET COMPRESSION lz4;
          ALTER TABLE ${s}.meetings ALTER COLUMN state SET COMPRESSION lz4;
          ALTER TABLE ${s}.follow_ups ALTER COLUMN state SET COMPRESSION lz4;
          ALTER TABLE ${s}.actions ALTER COLUMN state SET COMPRESSION lz4;
        END IF;
      END
      $$;
    `,
  },
  {
    version: 3,
    name: 'the shape each read model is stored under',
    // Read models projected before their shapes were numbered have the first numbered shapes.
    sql: (s) => `
      CREATE TABLE ${s}.read_model_versions (
        read_model text PRIMARY KEY,
        version    integer NOT NULL
      );
      INSERT INTO ${s}.read_model_versions (read_model, version)
      SELECT name, 1 FROM unnest(ARRAY['bodies', 'meetings', 'decisions', 'follow_ups', 'actions']) AS name
      WHERE EXISTS (SELECT 1 FROM ${s}.projection_checkpoint);
    `,
  },
  {
    version: 4,
    name: 'the register of who is who',
    // No log written before this table existed holds an event of the register, so an empty table is
    // already its projection: record its shape rather than rebuild every read model.
    sql: (s) => `
      CREATE TABLE ${s}.person_registers (
        register_id text PRIMARY KEY,
        state       jsonb NOT NULL
      );
      INSERT INTO ${s}.read_model_versions (read_model, version)
      SELECT 'person_registers', 1 WHERE EXISTS (SELECT 1 FROM ${s}.projection_checkpoint);
    `,
  },
  {
    version: 5,
    name: 'every place the records name a person',
    // Read models projected before hold no mentions, and record no shape for them: they are rebuilt.
    sql: (s) => `
      CREATE TABLE ${s}.person_mentions (
        source_kind text    NOT NULL,
        source_id   text    NOT NULL,
        seq         integer NOT NULL,
        name        text    NOT NULL,
        capacity    text    NOT NULL,
        body_id     text    NOT NULL,
        meeting_id  text,
        item_number text,
        on_date     date    NOT NULL,
        until_date  date,
        detail      jsonb   NOT NULL,
        PRIMARY KEY (source_kind, source_id, seq)
      );
      CREATE INDEX person_mentions_by_name ON ${s}.person_mentions (name, on_date);
    `,
  },
  {
    version: 6,
    name: "the register's printed minute numbers",
    // Filled as the register is rebuilt: its shape number (decisions 2) says the stored rows are older.
    sql: (s) => `
      ALTER TABLE ${s}.decisions ADD COLUMN minute_number text NOT NULL DEFAULT '';
      ALTER TABLE ${s}.decisions ALTER COLUMN minute_number DROP DEFAULT;
      CREATE INDEX decisions_by_minute ON ${s}.decisions (meeting_id, minute_number);
    `,
  },
  {
    version: 7,
    name: 'the pages meetings were imported from',
    // Read models projected before hold no pages, and record no shape for them: they are rebuilt.
    sql: (s) => `
      CREATE TABLE ${s}.source_files (
        meeting_id text NOT NULL,
        sha256     text NOT NULL,
        name       text,
        url        text,
        media_type text,
        PRIMARY KEY (meeting_id, sha256)
      );
    `,
  },
  {
    version: 8,
    name: "the minutes' passages, for searching the record's words",
    // Read models projected before hold no passages, and record no shape for them: they are rebuilt.
    sql: (s) => `
      CREATE TABLE ${s}.minute_passages (
        meeting_id    text    NOT NULL,
        item_number   text    NOT NULL,
        seq           integer NOT NULL,
        item_order    integer NOT NULL,
        body_id       text    NOT NULL,
        held_on       date    NOT NULL,
        minute_number text    NOT NULL,
        item_title    text    NOT NULL,
        kind          text    NOT NULL,
        label         text    NOT NULL,
        text          text    NOT NULL,
        exempt        boolean NOT NULL,
        -- The title weighs more than the passage's own words when matches are ranked.
        search        tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', item_title), 'A') || setweight(to_tsvector('english', text), 'B')
        ) STORED,
        PRIMARY KEY (meeting_id, item_number, seq)
      );
      CREATE INDEX minute_passages_search ON ${s}.minute_passages USING gin (search);
    `,
  },
  {
    version: 9,
    name: 'when the log recorded each record, first and last',
    // Read models projected before hold no times, and record no shape for them: they are rebuilt.
    sql: (s) => `
      CREATE TABLE ${s}.recorded_times (
        kind              text        NOT NULL,
        id                text        NOT NULL,
        part              text        NOT NULL,
        created_at        timestamptz NOT NULL,
        created_position  bigint      NOT NULL,
        modified_at       timestamptz NOT NULL,
        modified_position bigint      NOT NULL,
        PRIMARY KEY (kind, id, part)
      );
    `,
  },
  {
    version: 10,
    name: "each answer of a body's record at a date, with the days it holds",
    // Filled as the read models are rebuilt: the shapes bodies 2 and body_versions 1 say the stored ones are older.
    sql: (s) => `
      ALTER TABLE ${s}.bodies ADD COLUMN established_on date;
      CREATE TABLE ${s}.body_versions (
        body_id     text  NOT NULL,
        facet       text  NOT NULL,
        part        text  NOT NULL,
        valid_from  date  NOT NULL,
        valid_until date,
        entry       jsonb NOT NULL,
        PRIMARY KEY (body_id, facet, part)
      );
      CREATE INDEX body_versions_at_date ON ${s}.body_versions (body_id, facet, valid_from);
    `,
  },
];

/** The tables compared by verify-projections, with the columns that identify a row. */
export const READ_MODEL_TABLES: readonly { readonly name: string; readonly key: readonly string[] }[] = [
  { name: 'bodies', key: ['body_id'] },
  { name: 'meetings', key: ['meeting_id'] },
  { name: 'decisions', key: ['meeting_id', 'item_number', 'part'] },
  { name: 'follow_ups', key: ['follow_up_id'] },
  { name: 'actions', key: ['action_id'] },
  { name: 'person_registers', key: ['register_id'] },
  { name: 'person_mentions', key: ['source_kind', 'source_id', 'seq'] },
  { name: 'source_files', key: ['meeting_id', 'sha256'] },
  { name: 'minute_passages', key: ['meeting_id', 'item_number', 'seq'] },
  { name: 'recorded_times', key: ['kind', 'id', 'part'] },
  { name: 'body_versions', key: ['body_id', 'facet', 'part'] },
];

/**
 * Brings the read models' schema up to date, with any indexes an unfinished rebuild had deferred.
 * Read models that hold nothing yet are stored from here on in this code's shapes.
 */
export async function migrateReadModels(client: SqlClient, schema: string): Promise<void> {
  await applyMigrations(client, schema, 'read-models', migrations);
  await restoreDeferredIndexes(client, schema);
  const [{ projected }] = await client.query<{ projected: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM ${schema}.projection_checkpoint) OR EXISTS (SELECT 1 FROM ${schema}.read_model_versions) AS projected`,
  );
  if (!projected) await recordReadModelVersions(client, schema);
}

/** The read models' schema: beside the event log's (or the database's) schema, with `_read` added. */
export const readModelSchemaOf = (storage: { readonly schema: string }) => `${storage.schema}_read`;
