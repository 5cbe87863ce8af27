import { Inject, Injectable } from '@nestjs/common';
import { LEDGER_DATABASE, type SqlClient } from '@ledger/event-store';
import { ProjectionService } from '../../read-models/projection.service';
import type { RecordedSpan } from './oparl-object';

/** A name a body's records print, and the record that prints it. */
export interface NameInRecord {
  readonly name: string;
  readonly sourceKind: 'meeting' | 'body';
  readonly sourceId: string;
}

/** When the log recorded each record, by `kind id part`. */
export type RecordedSpans = ReadonlyMap<string, RecordedSpan>;

export const spanKey = (kind: string, id: string, part = '') => `${kind} ${id} ${part}`;

/** The SQL behind the OParl lists that the other repositories do not already answer. */
@Injectable()
export class OParlRepository {
  private readonly schema: string;

  constructor(
    @Inject(LEDGER_DATABASE) private readonly sql: SqlClient,
    projections: ProjectionService,
  ) {
    this.schema = projections.schema;
  }

  /** Every record of a body (the body, its meetings and their items) and the register of people, with when each was recorded. */
  async spansOfBody(bodyId: string, registerId: string): Promise<RecordedSpans> {
    const rows = await this.sql.query<{ kind: string; id: string; part: string; created_at: Date | string; modified_at: Date | string }>(
      `SELECT t.kind, t.id, t.part, t.created_at, t.modified_at FROM ${this.schema}.recorded_times t
       WHERE (t.kind = 'body' AND t.id = $1)
          OR (t.kind = 'people' AND t.id = $2)
          OR (t.kind = 'meeting' AND t.id IN (SELECT meeting_id FROM ${this.schema}.meetings WHERE body_id = $1))`,
      [bodyId, registerId],
    );
    return new Map(
      rows.map((row) => [
        spanKey(row.kind, row.id, row.part),
        { createdAt: new Date(row.created_at), modifiedAt: new Date(row.modified_at) },
      ]),
    );
  }

  /** When each body itself was first and last recorded, by body id: one query for the list of bodies. */
  async spansOfBodies(): Promise<Map<string, RecordedSpan>> {
    const rows = await this.sql.query<{ id: string; created_at: Date | string; modified_at: Date | string }>(
      `SELECT id, created_at, modified_at FROM ${this.schema}.recorded_times WHERE kind = 'body' AND part = ''`,
    );
    return new Map(rows.map((row) => [row.id, { createdAt: new Date(row.created_at), modifiedAt: new Date(row.modified_at) }]));
  }

  /** Every name a body's records print, with the record printing it. */
  async namesInBody(bodyId: string): Promise<NameInRecord[]> {
    const rows = await this.sql.query<{ name: string; source_kind: 'meeting' | 'body'; source_id: string }>(
      `SELECT DISTINCT name, source_kind, source_id FROM ${this.schema}.person_mentions WHERE body_id = $1`,
      [bodyId],
    );
    return rows.map((row) => ({ name: row.name, sourceKind: row.source_kind, sourceId: row.source_id }));
  }

  /** Every page the body's meetings were imported from, by meeting. */
  async pagesOfBody(bodyId: string): Promise<Map<string, { sha256: string; name?: string; url?: string; mediaType?: string }[]>> {
    const rows = await this.sql.query<{
      meeting_id: string;
      sha256: string;
      name: string | null;
      url: string | null;
      media_type: string | null;
    }>(
      `SELECT f.meeting_id, f.sha256, f.name, f.url, f.media_type FROM ${this.schema}.source_files f
       JOIN ${this.schema}.meetings m ON m.meeting_id = f.meeting_id WHERE m.body_id = $1 ORDER BY f.meeting_id, f.sha256`,
      [bodyId],
    );
    const pages = new Map<string, { sha256: string; name?: string; url?: string; mediaType?: string }[]>();
    for (const row of rows) {
      const page = { sha256: row.sha256, name: row.name ?? undefined, url: row.url ?? undefined, mediaType: row.media_type ?? undefined };
      pages.set(row.meeting_id, [...(pages.get(row.meeting_id) ?? []), page]);
    }
    return pages;
  }
}
