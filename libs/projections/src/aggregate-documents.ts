import {
  type ActionState,
  type AggregateKind,
  type BodyState,
  type FollowUpState,
  heldOn,
  type MeetingState,
  type PersonRegisterState,
  type ScheduledMeeting,
} from '@ledger/domain';
import type { SqlExecutor } from '@ledger/event-store';

/** How each aggregate's folded state is stored: its table, and the columns queries filter on. */
interface DocumentTable<State> {
  readonly table: string;
  readonly idColumn: string;
  /** The SQL types of the queryable columns besides the id and the state, in the order `columns` gives them. */
  readonly columnTypes: Readonly<Record<string, string>>;
  /** The queryable columns besides the id and the state; undefined while there is nothing to store. */
  columns(state: State): Record<string, unknown> | undefined;
}

const bodies: DocumentTable<BodyState> = {
  table: 'bodies',
  idColumn: 'body_id',
  columnTypes: { name: 'text', short_name: 'text', established_on: 'date' },
  columns: (state) => {
    if (state.status !== 'established') return undefined;
    const name = state.names[state.names.length - 1]!;
    return { name: name.name, short_name: name.shortName, established_on: state.establishedOn ?? null };
  },
};

const meetings: DocumentTable<MeetingState> = {
  table: 'meetings',
  idColumn: 'meeting_id',
  columnTypes: { body_id: 'text', starts_at: 'timestamptz', held_on: 'date', status: 'text' },
  columns: (state) =>
    state.status === 'not-scheduled'
      ? undefined
      : {
          body_id: state.bodyId,
          // For ordering only: a meeting known only by its day sorts at the start of that day.
          starts_at: state.startsAt ?? `${heldOn(state)}T00:00:00Z`,
          held_on: heldOn(state),
          status: meetingStatus(state),
        },
};

const followUps: DocumentTable<FollowUpState> = {
  table: 'follow_ups',
  idColumn: 'follow_up_id',
  columnTypes: { body_id: 'text', status: 'text', raised_on: 'date' },
  columns: (state) =>
    state.status === 'not-raised' ? undefined : { body_id: state.bodyId, status: state.status, raised_on: state.raisedOn },
};

const actions: DocumentTable<ActionState> = {
  table: 'actions',
  idColumn: 'action_id',
  columnTypes: { body_id: 'text', status: 'text', raised_on: 'date' },
  columns: (state) =>
    state.status === 'not-raised' ? undefined : { body_id: state.bodyId, status: state.status, raised_on: state.raisedOn },
};

const personRegisters: DocumentTable<PersonRegisterState> = {
  table: 'person_registers',
  idColumn: 'register_id',
  columnTypes: {},
  columns: () => ({}),
};

export const DOCUMENT_TABLES: Readonly<Record<AggregateKind, DocumentTable<never>>> = {
  body: bodies as DocumentTable<never>,
  meeting: meetings as DocumentTable<never>,
  'follow-up': followUps as DocumentTable<never>,
  action: actions as DocumentTable<never>,
  people: personRegisters as DocumentTable<never>,
};

export function meetingStatus(meeting: ScheduledMeeting): 'scheduled' | 'cancelled' | 'held' {
  if (meeting.status === 'cancelled') return 'cancelled';
  return meeting.endedAt !== undefined || Object.keys(meeting.resolutions).length > 0 || Object.keys(meeting.minutes).length > 0
    ? 'held'
    : 'scheduled';
}

export async function loadStates(
  sql: SqlExecutor,
  schema: string,
  kind: AggregateKind,
  ids: readonly string[],
): Promise<Map<string, unknown>> {
  const { table, idColumn } = DOCUMENT_TABLES[kind];
  const rows = await sql.query<{ id: string; state: unknown }>(
    `SELECT ${idColumn} AS id, state FROM ${schema}.${table} WHERE ${idColumn} = ANY($1::text[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.state]));
}

export function saveState(sql: SqlExecutor, schema: string, kind: AggregateKind, id: string, state: unknown): Promise<void> {
  return saveStates(sql, schema, kind, [{ id, state }]);
}

/**
 * Writes the states of several aggregates of one kind in one statement: the rows travel as one JSON
 * array that PostgreSQL unpacks, rather than a round trip each.
 */
export async function saveStates(
  sql: SqlExecutor,
  schema: string,
  kind: AggregateKind,
  entries: readonly { readonly id: string; readonly state: unknown }[],
): Promise<void> {
  const { table, idColumn, columnTypes, columns } = DOCUMENT_TABLES[kind];
  const rows = entries.flatMap(({ id, state }) => {
    const values = columns(state as never);
    return values ? [{ ...values, [idColumn]: id, state }] : [];
  });
  if (rows.length === 0) return;
  const types: Record<string, string> = { [idColumn]: 'text', ...columnTypes, state: 'jsonb' };
  const names = Object.keys(types);
  const updates = names.filter((name) => name !== idColumn).map((name) => `${name} = excluded.${name}`);
  await sql.query(
    `INSERT INTO ${schema}.${table} (${names.join(', ')})
     SELECT ${names.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS r(${names.map((name) => `${name} ${types[name]}`).join(', ')})
     ON CONFLICT (${idColumn}) DO UPDATE SET ${updates.join(', ')}`,
    [JSON.stringify(rows)],
  );
}
