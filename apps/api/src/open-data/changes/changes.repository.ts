import { Inject, Injectable } from '@nestjs/common';
import type { AggregateKind } from '@ledger/domain';
import { LEDGER_DATABASE, type SqlClient } from '@ledger/event-store';
import { ProjectionService } from '../../read-models/projection.service';

const TABLES: Partial<Record<AggregateKind, { table: string; id: string }>> = {
  meeting: { table: 'meetings', id: 'meeting_id' },
  'follow-up': { table: 'follow_ups', id: 'follow_up_id' },
  action: { table: 'actions', id: 'action_id' },
};

/** Which body each record belongs to, as the read models hold it. */
@Injectable()
export class ChangesRepository {
  private readonly schema: string;

  constructor(
    @Inject(LEDGER_DATABASE) private readonly sql: SqlClient,
    projections: ProjectionService,
  ) {
    this.schema = projections.schema;
  }

  /** By `kind id`; bodies are their own, and the register of people belongs to none. */
  async bodiesOf(records: readonly { kind: AggregateKind; id: string }[]): Promise<Map<string, string>> {
    const bodies = new Map<string, string>();
    for (const record of records) if (record.kind === 'body') bodies.set(`body ${record.id}`, record.id);
    for (const [kind, source] of Object.entries(TABLES)) {
      const ids = [...new Set(records.filter((record) => record.kind === kind).map((record) => record.id))];
      if (ids.length === 0) continue;
      const rows = await this.sql.query<{ id: string; body_id: string }>(
        `SELECT ${source.id} AS id, body_id FROM ${this.schema}.${source.table} WHERE ${source.id} = ANY($1::text[])`,
        [ids],
      );
      for (const row of rows) bodies.set(`${kind} ${row.id}`, row.body_id);
    }
    return bodies;
  }
}
