import { AGGREGATES, type AggregateKind, isDomainEventType, parseStreamId, type ScheduledMeeting, toDomainEvent } from '@ledger/domain';
import type { RecordedEvent, SqlExecutor } from '@ledger/event-store';
import { schemaVersionIn } from '@ledger/write-side';
import { loadStates, saveStates } from './aggregate-documents';
import { replaceDecisionRowsOf } from './decision-rows';

interface Touched {
  readonly kind: AggregateKind;
  readonly id: string;
  state: unknown;
}

/**
 * Applies a batch of events to the read models, inside the caller's transaction: each touched
 * aggregate's state is loaded once, folded with the domain's own evolve, and written once (one
 * statement per kind of aggregate, two for the decision register, whatever the batch's size), and
 * the checkpoint moves to the batch's end in the same transaction, so a crash loses or repeats
 * nothing.
 */
export async function projectBatch(sql: SqlExecutor, schema: string, events: readonly RecordedEvent[]): Promise<void> {
  if (events.length === 0) return;
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
    const stored = await loadStates(sql, schema, kind, [...ids]);
    for (const id of ids) {
      touched.set(`${kind}:${id}`, { kind, id, state: stored.get(id) ?? AGGREGATES[kind].decider.initialState });
    }
  }

  for (const { event, kind, aggregateId } of relevant) {
    const entry = touched.get(`${kind}:${aggregateId}`)!;
    const domainEvent = toDomainEvent(event.type, schemaVersionIn(event.metadata), event.data);
    entry.state = AGGREGATES[kind].decider.evolve(entry.state, domainEvent);
  }

  const entries = [...touched.values()];
  for (const kind of idsByKind.keys()) {
    await saveStates(sql, schema, kind, entries.filter((entry) => entry.kind === kind));
  }
  const meetings = entries.flatMap((entry) =>
    entry.kind === 'meeting' && (entry.state as { status: string }).status !== 'not-scheduled' ? [entry.state as ScheduledMeeting] : [],
  );
  await replaceDecisionRowsOf(sql, schema, meetings);

  await sql.query(
    `INSERT INTO ${schema}.projection_checkpoint (id, position, events_applied) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET position = excluded.position,
       events_applied = ${schema}.projection_checkpoint.events_applied + excluded.events_applied, updated_at = now()`,
    [events[events.length - 1].position.toString(), events.length],
  );
}

export async function readCheckpoint(
  sql: SqlExecutor,
  schema: string,
): Promise<{ position: bigint; eventsApplied: bigint } | undefined> {
  const [row] = await sql.query<{ position: string; events_applied: string }>(
    `SELECT position::text AS position, events_applied::text AS events_applied FROM ${schema}.projection_checkpoint WHERE id = 1`,
  );
  return row ? { position: BigInt(row.position), eventsApplied: BigInt(row.events_applied) } : undefined;
}
