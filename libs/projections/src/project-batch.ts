import {
  AGGREGATES,
  type AggregateKind,
  type BodyState,
  isDomainEventType,
  parseStreamId,
  type MeetingState,
  toDomainEvent,
} from '@ledger/domain';
import type { RecordedEvent, SqlExecutor } from '@ledger/event-store';
import { schemaVersionIn } from '@ledger/write-side';
import { loadStates, saveStates } from './aggregate-documents';
import { updateBodyVersions } from './body-versions';
import { updateDecisionRows } from './decision-rows';
import { updateMinutePassages } from './minute-passages';
import { updateBodyMentions, updateMeetingMentions } from './person-mentions';
import { RecordedTimes, type RecordedTimeRow, writeRecordedTimes } from './recorded-times';

export interface Touched {
  readonly kind: AggregateKind;
  readonly id: string;
  /** As the read models held it before the batch. */
  readonly before: unknown;
  state: unknown;
}

/** A page a meeting's events were imported from, as their provenance names it. */
export interface SourceFileRow extends Record<string, unknown> {
  readonly meeting_id: string;
  readonly sha256: string;
  readonly name: string | null;
  readonly url: string | null;
  readonly media_type: string | null;
}

/** A batch folded in memory: the states it leaves each touched aggregate in, and where it ends. */
export interface FoldedBatch {
  readonly touched: readonly Touched[];
  /** The source pages the batch's imported meeting events cite, each once. */
  readonly files: readonly SourceFileRow[];
  /** When the batch's events were recorded, by the records they touched. */
  readonly times: readonly RecordedTimeRow[];
  readonly position: bigint;
  readonly events: number;
}

/** The stored states of some aggregates of one kind; those never stored are absent. */
export type LoadStates = (kind: AggregateKind, ids: readonly string[]) => Promise<Map<string, unknown>>;

/**
 * Folds a batch of events with the domain's own evolve: each touched aggregate's state is loaded
 * once (one query per kind of aggregate) and each event applied to it in log order.
 */
export async function foldBatch(events: readonly RecordedEvent[], load: LoadStates): Promise<FoldedBatch> {
  const relevant = events.flatMap((event) => {
    const stream = parseStreamId(event.streamId);
    return stream && isDomainEventType(event.type) ? [{ event, ...stream }] : [];
  });

  const touched = new Map<string, Touched>();
  const idsByKind = new Map<AggregateKind, Set<string>>();
  for (const { kind, aggregateId } of relevant) {
    idsByKind.set(kind, (idsByKind.get(kind) ?? new Set()).add(aggregateId));
  }
  for (const [kind, ids] of idsByKind) {
    const stored = await load(kind, [...ids]);
    for (const id of ids) {
      const before = stored.get(id) ?? AGGREGATES[kind].decider.initialState;
      touched.set(`${kind}:${id}`, { kind, id, before, state: before });
    }
  }

  const files = new Map<string, SourceFileRow>();
  const times = new RecordedTimes();
  for (const { event, kind, aggregateId } of relevant) {
    const provenance = event.metadata.provenance as
      { documentSha256?: unknown; documentName?: unknown; documentUrl?: unknown; documentMediaType?: unknown } | undefined;
    if (kind === 'meeting' && typeof provenance?.documentSha256 === 'string') {
      const text = (value: unknown) => (typeof value === 'string' ? value : null);
      files.set(`${aggregateId} ${provenance.documentSha256}`, {
        meeting_id: aggregateId,
        sha256: provenance.documentSha256,
        name: text(provenance.documentName),
        url: text(provenance.documentUrl),
        media_type: text(provenance.documentMediaType),
      });
    }
    const entry = touched.get(`${kind}:${aggregateId}`)!;
    const domainEvent = toDomainEvent(event.type, schemaVersionIn(event.metadata), event.data);
    const previous = entry.state;
    entry.state = AGGREGATES[kind].decider.evolve(entry.state, domainEvent);
    times.touched(kind, aggregateId, event);
    if (kind === 'meeting') times.meetingChanged(aggregateId, previous as MeetingState, entry.state as MeetingState, event);
  }
  return {
    touched: [...touched.values()],
    files: [...files.values()],
    times: times.all,
    position: events[events.length - 1].position,
    events: events.length,
  };
}

/**
 * Writes a folded batch inside the caller's transaction: each touched aggregate's state once (one
 * statement per kind of aggregate, two for the decision register, whatever the batch's size), and
 * the checkpoint at the batch's end in the same transaction, so a crash loses or repeats nothing.
 */
export async function writeBatch(
  sql: SqlExecutor,
  schema: string,
  batch: FoldedBatch,
  checkpoint: (sql: SqlExecutor, batch: FoldedBatch) => Promise<void> = (tx) => writeCheckpoint(tx, schema, batch),
): Promise<void> {
  const kinds = new Set(batch.touched.map((entry) => entry.kind));
  for (const kind of kinds) {
    await saveStates(
      sql,
      schema,
      kind,
      batch.touched.filter((entry) => entry.kind === kind),
    );
  }
  const meetings = batch.touched.flatMap((entry) =>
    entry.kind === 'meeting' ? [{ before: entry.before as MeetingState, after: entry.state as MeetingState }] : [],
  );
  await updateDecisionRows(sql, schema, meetings);
  await updateMeetingMentions(sql, schema, meetings);
  await updateMinutePassages(sql, schema, meetings);
  const bodies = batch.touched.flatMap((entry) =>
    entry.kind === 'body' ? [{ before: entry.before as BodyState, after: entry.state as BodyState }] : [],
  );
  await updateBodyMentions(sql, schema, bodies);
  await updateBodyVersions(sql, schema, bodies);
  if (batch.files.length > 0) {
    // The first events cited from a page say what it is; later ones of the same page add nothing.
    await sql.query(
      `INSERT INTO ${schema}.source_files (meeting_id, sha256, name, url, media_type)
       SELECT meeting_id, sha256, name, url, media_type
       FROM jsonb_to_recordset($1::jsonb) AS r(meeting_id text, sha256 text, name text, url text, media_type text)
       ON CONFLICT (meeting_id, sha256) DO NOTHING`,
      [JSON.stringify(batch.files)],
    );
  }

  await writeRecordedTimes(sql, schema, batch.times);
  await checkpoint(sql, batch);
}

/** Moves the read models' checkpoint to the end of a batch, counting its events. */
export async function writeCheckpoint(sql: SqlExecutor, schema: string, batch: FoldedBatch): Promise<void> {
  await sql.query(
    `INSERT INTO ${schema}.projection_checkpoint (id, position, events_applied) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position,
       events_applied = ${schema}.projection_checkpoint.events_applied + excluded.events_applied, updated_at = now()`,
    [batch.position.toString(), batch.events],
  );
}

/** Folds and writes a batch of events inside the caller's transaction. */
export async function projectBatch(sql: SqlExecutor, schema: string, events: readonly RecordedEvent[]): Promise<void> {
  if (events.length === 0) return;
  await writeBatch(sql, schema, await foldBatch(events, (kind, ids) => loadStates(sql, schema, kind, ids)));
}

export async function readCheckpoint(sql: SqlExecutor, schema: string): Promise<{ position: bigint; eventsApplied: bigint } | undefined> {
  const [row] = await sql.query<{ position: string; events_applied: string }>(
    `SELECT position::text AS position, events_applied::text AS events_applied FROM ${schema}.projection_checkpoint WHERE id = 1`,
  );
  return row ? { position: BigInt(row.position), eventsApplied: BigInt(row.events_applied) } : undefined;
}
