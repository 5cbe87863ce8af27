import { Inject, Injectable } from '@nestjs/common';
import { initialPersonRegisterState, PEOPLE_REGISTER, type PersonRegisterState } from '@ledger/domain';
import { LEDGER_DATABASE, type SqlClient } from '@ledger/event-store';
import type { MentionCapacity } from '@ledger/projections';
import { ProjectionService } from '../read-models/projection.service';

/** A place the records name a person, as person_mentions holds it. */
export interface Mention {
  readonly name: string;
  readonly capacity: MentionCapacity;
  readonly bodyId: string;
  readonly meetingId: string | null;
  readonly itemNumber: string | null;
  readonly onDate: string;
  readonly untilDate: string | null;
  readonly detail: Readonly<Record<string, string | undefined>>;
}

/** The SQL behind the people queries; each method is one round trip. */
@Injectable()
export class PeopleRepository {
  private readonly schema: string;

  constructor(
    @Inject(LEDGER_DATABASE) private readonly sql: SqlClient,
    projections: ProjectionService,
  ) {
    this.schema = projections.schema;
  }

  /** Every name the records print for a person, each once. */
  async names(): Promise<string[]> {
    const rows = await this.sql.query<{ name: string }>(`SELECT DISTINCT name FROM ${this.schema}.person_mentions`);
    return rows.map((row) => row.name);
  }

  async register(): Promise<PersonRegisterState> {
    const [row] = await this.sql.query<{ state: PersonRegisterState }>(
      `SELECT state FROM ${this.schema}.person_registers WHERE register_id = $1`,
      [PEOPLE_REGISTER],
    );
    return row?.state ?? initialPersonRegisterState;
  }

  /** Where a body's lists of attendance print a name with an organisation, oldest first. */
  async attendanceWithOrganisations(bodyId: string): Promise<Mention[]> {
    return this.mentionsWhere(`body_id = $1 AND capacity = ANY($2::text[]) AND detail->>'organisation' IS NOT NULL`, [
      bodyId,
      ['present', 'apologies', 'in-attendance'],
    ]);
  }

  /** Where the records name any of these forms, oldest first. */
  async mentionsOf(names: readonly string[]): Promise<Mention[]> {
    if (names.length === 0) return [];
    return this.mentionsWhere('name = ANY($1::text[])', [names]);
  }

  private async mentionsWhere(where: string, params: unknown[]): Promise<Mention[]> {
    const rows = await this.sql.query<Record<string, unknown>>(
      `SELECT name, capacity, body_id, meeting_id, item_number, on_date::text AS on_date, until_date::text AS until_date, detail
       FROM ${this.schema}.person_mentions WHERE ${where}
       ORDER BY on_date, source_kind, source_id, seq`,
      params,
    );
    return rows.map((row) => ({
      name: row.name as string,
      capacity: row.capacity as MentionCapacity,
      bodyId: row.body_id as string,
      meetingId: row.meeting_id as string | null,
      itemNumber: row.item_number as string | null,
      onDate: row.on_date as string,
      untilDate: row.until_date as string | null,
      detail: row.detail as Record<string, string | undefined>,
    }));
  }
}
